/** Every union and interface of the schema with the object types it can be (Apollo's possibleTypes). */
export const possibleTypes = {
  "Error": [
    "ConflictError",
    "NotFoundError",
    "PreconditionFailedError",
    "ValidationError"
  ],
  "MutationBackfillRunsResult": [
    "MutationBackfillRunsSuccess",
    "NotFoundError",
    "ValidationError"
  ],
  "MutationCreateCampaignTemplateResult": [
    "MutationCreateCampaignTemplateSuccess",
    "ValidationError"
  ],
  "MutationCreateIssuingScheduleResult": [
    "ConflictError",
    "MutationCreateIssuingScheduleSuccess",
    "NotFoundError",
    "PreconditionFailedError",
    "ValidationError"
  ],
  "MutationCreateJobScheduleResult": [
    "MutationCreateJobScheduleSuccess",
    "ValidationError"
  ],
  "MutationCreateProductResult": [
    "ConflictError",
    "MutationCreateProductSuccess",
    "ValidationError"
  ],
  "MutationDeleteCampaignTemplateScheduleResult": [
    "MutationDeleteCampaignTemplateScheduleSuccess",
    "NotFoundError"
  ],
  "MutationDeleteIssuingScheduleResult": [
    "MutationDeleteIssuingScheduleSuccess",
    "NotFoundError"
  ],
  "MutationDeleteJobScheduleResult": [
    "MutationDeleteJobScheduleSuccess",
    "NotFoundError"
  ],
  "MutationPauseScheduleResult": [
    "MutationPauseScheduleSuccess",
    "NotFoundError",
    "PreconditionFailedError",
    "ValidationError"
  ],
  "MutationRemoveScheduleDeliveryResult": [
    "MutationRemoveScheduleDeliverySuccess",
    "NotFoundError"
  ],
  "MutationResumeScheduleResult": [
    "MutationResumeScheduleSuccess",
    "NotFoundError",
    "PreconditionFailedError"
  ],
  "MutationRetryRunResult": [
    "MutationRetryRunSuccess",
    "NotFoundError",
    "PreconditionFailedError"
  ],
  "MutationRotateCalendarFeedTokenResult": [
    "MutationRotateCalendarFeedTokenSuccess",
    "NotFoundError"
  ],
  "MutationRotateDeliverySecretResult": [
    "MutationRotateDeliverySecretSuccess",
    "NotFoundError",
    "PreconditionFailedError"
  ],
  "MutationRunNowResult": [
    "MutationRunNowSuccess",
    "NotFoundError"
  ],
  "MutationSetCampaignTemplateScheduleResult": [
    "ConflictError",
    "MutationSetCampaignTemplateScheduleSuccess",
    "NotFoundError",
    "ValidationError"
  ],
  "MutationSetScheduleDeliveryResult": [
    "MutationSetScheduleDeliverySuccess",
    "NotFoundError",
    "ValidationError"
  ],
  "MutationUpdateIssuingScheduleResult": [
    "ConflictError",
    "MutationUpdateIssuingScheduleSuccess",
    "NotFoundError",
    "PreconditionFailedError",
    "ValidationError"
  ],
  "MutationUpdateJobScheduleResult": [
    "ConflictError",
    "MutationUpdateJobScheduleSuccess",
    "NotFoundError",
    "ValidationError"
  ],
  "Node": [
    "CampaignTemplate",
    "CampaignTemplateSchedule",
    "IssuingSchedule",
    "JobSchedule",
    "Product",
    "Run"
  ],
  "QueryPreviewOccurrencesResult": [
    "QueryPreviewOccurrencesSuccess",
    "ValidationError"
  ],
  "Recurring": [
    "CampaignTemplateSchedule",
    "IssuingSchedule",
    "JobSchedule"
  ],
  "Schedule": [
    "CampaignTemplateSchedule",
    "IssuingSchedule",
    "JobSchedule"
  ],
  "Versioned": [
    "CampaignTemplate",
    "CampaignTemplateSchedule",
    "IssuingSchedule",
    "JobSchedule",
    "Product"
  ]
} as const;

export type PossibleTypes = typeof possibleTypes;
