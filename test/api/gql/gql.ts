/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuthRead { schedules(first: 1) { edges { cursor } } }": typeof types.AuthReadDocument,
    "mutation AuthCreateJob { createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename } }": typeof types.AuthCreateJobDocument,
    "query AuthIntrospection { __schema { queryType { name } } }": typeof types.AuthIntrospectionDocument,
    "mutation FeedUrlCreate { createJobSchedule(input: { name: \"Feed URL\", specification: \"0 9 * * *\", location: \"UTC\", job: { jobType: BILLING_RUN } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }": typeof types.FeedUrlCreateDocument,
    "mutation FeedUrlRotate($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { url token } } }\n}": typeof types.FeedUrlRotateDocument,
    "mutation FeedRotateToken($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token } } }\n}": typeof types.FeedRotateTokenDocument,
    "mutation FeedCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }": typeof types.FeedCreateJobDocument,
    "mutation FeedCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}": typeof types.FeedCreateTemplateDocument,
    "mutation FeedSetCampaignSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } }\n}": typeof types.FeedSetCampaignScheduleDocument,
    "mutation FeedCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"The Weekly\", type: DIGITAL }) { __typename } }": typeof types.FeedCreateProductDocument,
    "mutation FeedCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } }\n    }": typeof types.FeedCreateIssuingDocument,
    "query FeedUpcoming($id: ID!, $first: Int) { schedule(id: $id) { ... on Recurring { timeZone upcomingOccurrences(first: $first) { at localDateTime shifted } } } }": typeof types.FeedUpcomingDocument,
    "mutation FeedDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }": typeof types.FeedDeleteJobDocument,
    "query FeedTemplateOf($id: ID!) { node(id: $id) { __typename ... on CampaignTemplateSchedule { campaignTemplate { id } } } }": typeof types.FeedTemplateOfDocument,
    "mutation FeedDeleteCampaignSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }": typeof types.FeedDeleteCampaignScheduleDocument,
    "query FeedScheduleReferenceOf($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference } } }": typeof types.FeedScheduleReferenceOfDocument,
    "mutation FeedDeleteIssuing($s: String!) { deleteIssuingSchedule(productReference: \"FEED-DROP\", scheduleReference: $s) { __typename } }": typeof types.FeedDeleteIssuingDocument,
    "mutation FeedRotate($id: ID!) {\n    rotateCalendarFeedToken(scheduleId: $id) {\n      __typename\n      ... on MutationRotateCalendarFeedTokenSuccess { data { url token } }\n      ... on NotFoundError { message status }\n    }\n  }": typeof types.FeedRotateDocument,
    "fragment CampaignTestSelector on Selector { type values interval }": typeof types.CampaignTestSelectorFragmentDoc,
    "fragment CampaignTestScheduleFields on CampaignTemplateSchedule {\n  __typename id type months { ...CampaignTestSelector } days { ...CampaignTestSelector } hours { ...CampaignTestSelector } expiration\n  timeZoneId timeZone version createdAt updatedAt campaignTemplate { id version }\n}": typeof types.CampaignTestScheduleFieldsFragmentDoc,
    "mutation CampaignCreate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) {\n    __typename\n    ... on MutationCreateCampaignTemplateSuccess { data { __typename id name version schedule { id } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.CampaignCreateDocument,
    "mutation CampaignSet($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationSetCampaignTemplateScheduleSuccess { data { ...CampaignTestScheduleFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.CampaignSetDocument,
    "mutation CampaignDelete($id: ID!) {\n  deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n    __typename\n    ... on MutationDeleteCampaignTemplateScheduleSuccess { data { __typename id version schedule { id } } }\n    ... on Error { message code status }\n  }\n}": typeof types.CampaignDeleteDocument,
    "query CampaignRead($id: ID!) {\n  campaignTemplate(id: $id) { __typename id name version schedule { ...CampaignTestScheduleFields } }\n}": typeof types.CampaignReadDocument,
    "query CampaignOccurrences($id: ID!, $after: DateTime, $first: Int) {\n  campaignTemplate(id: $id) {\n    schedule {\n      upcomingOccurrences(after: $after, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}": typeof types.CampaignOccurrencesDocument,
    "query CampaignReadOnce($id: ID!) { campaignTemplate(id: $id) { name schedule { hours { values } upcomingOccurrences(first: 2) { at } } } }": typeof types.CampaignReadOnceDocument,
    "mutation CampaignOtherType {\n        createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }": typeof types.CampaignOtherTypeDocument,
    "query CampaignList { schedules(kind: CAMPAIGN_TEMPLATE, first: 100) { edges { node { __typename ... on CampaignTemplateSchedule { id version type campaignTemplate { id } } } } } }": typeof types.CampaignListDocument,
    "query CampaignByIdAndNode($id: ID!, $template: ID!) {\n        schedule(id: $id) { __typename ... on CampaignTemplateSchedule { id type timeZoneId } }\n        node(id: $id) { __typename id ... on Recurring { timeZone nextOccurrence { at } } }\n        template: node(id: $template) { __typename id ... on CampaignTemplate { schedule { id } } }\n      }": typeof types.CampaignByIdAndNodeDocument,
    "query CampaignAfterDelete($id: ID!, $s: ID!) { campaignTemplate(id: $id) { schedule { id } } schedule(id: $s) { __typename } node(id: $s) { id } }": typeof types.CampaignAfterDeleteDocument,
    "mutation CrashCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id name version } } ... on Error { message } } }": typeof types.CrashCreateJobDocument,
    "mutation CrashUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { id name version } } ... on Error { message } } }": typeof types.CrashUpdateJobDocument,
    "mutation CrashCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { reference } } ... on Error { message } } }": typeof types.CrashCreateProductDocument,
    "mutation CrashCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { scheduleReference version } } ... on Error { message } } }": typeof types.CrashCreateIssuingDocument,
    "mutation CrashCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }": typeof types.CrashCreateTemplateDocument,
    "mutation CrashSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id version campaignTemplate { version } } } ... on Error { message } } }": typeof types.CrashSetTemplateScheduleDocument,
    "query CrashAllJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n  edges { node { __typename ... on JobSchedule { id name version } } } pageInfo { hasNextPage endCursor } } }": typeof types.CrashAllJobsDocument,
    "query CrashProduct($ref: String!) { product(reference: $ref) { reference schedules { scheduleReference } } }": typeof types.CrashProductDocument,
    "query CrashTemplate($id: ID!) { campaignTemplate(id: $id) { id version schedule { id } } }": typeof types.CrashTemplateDocument,
    "query CrashReadAgain($id: ID!) { schedule(id: $id) { __typename ... on JobSchedule { name nextOccurrence { at } } } }": typeof types.CrashReadAgainDocument,
    "mutation PrivateNetworksSetDelivery($id: ID!, $url: String!) {\n  setScheduleDelivery(scheduleId: $id, input: { url: $url, maxAttempts: 1 }) {\n    __typename\n    ... on ValidationError { fieldErrors { path message } }\n    ... on Error { message }\n  }\n}": typeof types.PrivateNetworksSetDeliveryDocument,
    "query PrivateNetworksRun($id: ID!) {\n  node(id: $id) { ... on Run { state failureReason attempts { number httpStatus error } } }\n}": typeof types.PrivateNetworksRunDocument,
    "mutation DeliverySet($id: ID!, $input: DeliveryInput!) {\n  setScheduleDelivery(scheduleId: $id, input: $input) {\n    __typename\n    ... on MutationSetScheduleDeliverySuccess { data { secret delivery { url overlapPolicy catchUpWindowSeconds maxAttempts disabledAt disabledReason } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.DeliverySetDocument,
    "mutation DeliveryRotate($id: ID!) {\n  rotateDeliverySecret(scheduleId: $id) {\n    __typename\n    ... on MutationRotateDeliverySecretSuccess { data { secret delivery { url } } }\n    ... on Error { message code status }\n  }\n}": typeof types.DeliveryRotateDocument,
    "mutation DeliveryRemove($id: ID!) {\n  removeScheduleDelivery(scheduleId: $id) {\n    __typename\n    ... on MutationRemoveScheduleDeliverySuccess { data { __typename ... on JobSchedule { id delivery { url } } } }\n    ... on Error { message code status }\n  }\n}": typeof types.DeliveryRemoveDocument,
    "mutation DeliveryRetry($id: ID!) {\n  retryRun(runId: $id) {\n    __typename\n    ... on MutationRetryRunSuccess { data { id state failureReason } }\n    ... on Error { message code status }\n  }\n}": typeof types.DeliveryRetryDocument,
    "query DeliveryRun($id: ID!) {\n  node(id: $id) { ... on Run {\n    id state failureReason deliveredAt origin\n    attempts { number startedAt durationMs httpStatus error responseExcerpt }\n  } }\n}": typeof types.DeliveryRunDocument,
    "query DeliveryOf($id: ID!) {\n  node(id: $id) { ... on Recurring { delivery { url disabledAt disabledReason overlapPolicy } } }\n}": typeof types.DeliveryOfDocument,
    "mutation ParityCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ... on Error { message status } } }": typeof types.ParityCreateProductDocument,
    "query ParityReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName } } }": typeof types.ParityReadProductDocument,
    "mutation ParityCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) { __typename ... on Error { message status } } }": typeof types.ParityCreateIssuingDocument,
    "mutation ParityCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }": typeof types.ParityCreateJobDocument,
    "fragment FuzzErrorFields on Error { message code status ... on ValidationError { fieldErrors { path message } } }": typeof types.FuzzErrorFieldsFragmentDoc,
    "fragment FuzzJobFields on JobSchedule { id name specification location externalRef job { jobType } version timeZone scheduledFor { at } }": typeof types.FuzzJobFieldsFragmentDoc,
    "mutation FuzzCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }": typeof types.FuzzCreateJobDocument,
    "mutation FuzzUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }": typeof types.FuzzUpdateJobDocument,
    "mutation FuzzDeleteJob($id: ID!) { deleteJobSchedule(id: $id) {\n  __typename ... on MutationDeleteJobScheduleSuccess { data } ...FuzzErrorFields } }": typeof types.FuzzDeleteJobDocument,
    "fragment FuzzProductFields on Product { reference name type version schedules { scheduleReference } }": typeof types.FuzzProductFieldsFragmentDoc,
    "mutation FuzzCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }": typeof types.FuzzCreateProductDocument,
    "fragment FuzzIssuingFields on IssuingSchedule { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version\n  dailySchedule { issuingTime } monthlySchedule { issuingDay issuingTime } annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime } irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate } nextOccurrence { at } }": typeof types.FuzzIssuingFieldsFragmentDoc,
    "mutation FuzzCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }": typeof types.FuzzCreateIssuingDocument,
    "mutation FuzzUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }": typeof types.FuzzUpdateIssuingDocument,
    "mutation FuzzDeleteIssuing($ref: String!, $sref: String!) { deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n  __typename ... on MutationDeleteIssuingScheduleSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }": typeof types.FuzzDeleteIssuingDocument,
    "fragment FuzzSelector on Selector { type values interval }": typeof types.FuzzSelectorFragmentDoc,
    "mutation FuzzCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }": typeof types.FuzzCreateTemplateDocument,
    "mutation FuzzSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data {\n    id type timeZoneId timeZone version months { ...FuzzSelector } days { ...FuzzSelector } hours { ...FuzzSelector } expiration\n    campaignTemplate { id version } nextOccurrence { at }\n  } } ...FuzzErrorFields } }": typeof types.FuzzSetTemplateScheduleDocument,
    "mutation FuzzDeleteTemplateSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n  __typename ... on MutationDeleteCampaignTemplateScheduleSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }": typeof types.FuzzDeleteTemplateScheduleDocument,
    "mutation FuzzRotateFeed($id: ID!) { rotateCalendarFeedToken(scheduleId: $id) {\n  __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token url } } ...FuzzErrorFields } }": typeof types.FuzzRotateFeedDocument,
    "query FuzzPreview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } } ...FuzzErrorFields } }": typeof types.FuzzPreviewDocument,
    "query FuzzReadPage($kind: ScheduleKind, $first: Int, $after: String, $oAfter: DateTime, $oUntil: DateTime, $oFirst: Int, $start: DateTime!, $id: ID!, $ref: String!) {\n  schedules(kind: $kind, first: $first, after: $after) {\n    edges { cursor node { __typename ... on Recurring { timeZone upcomingOccurrences(after: $oAfter, until: $oUntil, first: $oFirst) { at } nextOccurrence(after: $oAfter) { at } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n  node(id: $id) { __typename id }\n  product(reference: $ref) { reference schedules { scheduleReference issuesForEntitlement(start: $start, first: $oFirst) { at } } }\n}": typeof types.FuzzReadPageDocument,
    "query FuzzStoredJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n          edges { node { __typename ... on JobSchedule { id name specification location externalRef job { jobType } version } } }\n          pageInfo { hasNextPage endCursor } } }": typeof types.FuzzStoredJobsDocument,
    "query FuzzStoredProduct($ref: String!) {\n          product(reference: $ref) { reference name type schedules { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version } }\n        }": typeof types.FuzzStoredProductDocument,
    "query FuzzStoredTemplate($id: ID!) { campaignTemplate(id: $id) { id name version schedule { id type timeZoneId version } } }": typeof types.FuzzStoredTemplateDocument,
    "query FuzzNodeId($id: ID!) { node(id: $id) { id } }": typeof types.FuzzNodeIdDocument,
    "mutation HardeningFeedOwner {\n        createJobSchedule(input: { name: \"feed owner\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id } }\n        }\n      }": typeof types.HardeningFeedOwnerDocument,
    "mutation HardeningCertAdminRotates($id: ID!) {\n        a: createCampaignTemplate(input: { name: \"cert admin's\" }) { __typename } b: rotateCalendarFeedToken(scheduleId: $id) { __typename }\n      }": typeof types.HardeningCertAdminRotatesDocument,
    "mutation HardeningFaultAfterWrite {\n        a: createJobSchedule(input: { name: \"written before a fault\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id name } }\n        }\n        b: createIssuingSchedule(productReference: \"HALF-BROKEN\", input: { friendlyName: \"written too\", entitlementFormat: \"EPUB\", scheduleType: \"none\" }) {\n          ... on MutationCreateIssuingScheduleSuccess { data { product { schedules { upcomingOccurrences(first: 1) { at } } } } }\n        }\n      }": typeof types.HardeningFaultAfterWriteDocument,
    "mutation HardeningTypedError { createJobSchedule(input: { name: \"x\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on Error { code status } } }": typeof types.HardeningTypedErrorDocument,
    "mutation IssuingCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference } } }\n}": typeof types.IssuingCreateProductDocument,
    "mutation IssuingCreate($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference timeZone } }\n    ... on Error { message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.IssuingCreateDocument,
    "query IssuingOccurrences($ref: String!, $after: DateTime, $until: DateTime, $first: Int) {\n  product(reference: $ref) {\n    schedules {\n      friendlyName\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}": typeof types.IssuingOccurrencesDocument,
    "query IssuingIssues($ref: String!, $start: DateTime!, $first: Int) {\n  product(reference: $ref) {\n    schedules(first: 1) { friendlyName issuesForEntitlement(start: $start, first: $first) { at localDateTime shifted } }\n  }\n}": typeof types.IssuingIssuesDocument,
    "query IssuingIds($ref: String!) { product(reference: $ref) { schedules { id scheduleReference } } }": typeof types.IssuingIdsDocument,
    "query IssuingList { schedules(kind: ISSUING, first: 100) { edges { node { __typename ... on IssuingSchedule { id } } } } }": typeof types.IssuingListDocument,
    "query IssuingNode($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference product { reference } } } }": typeof types.IssuingNodeDocument,
    "query IssuingProductVersion($ref: String!) { product(reference: $ref) { version schedules { scheduleReference } } }": typeof types.IssuingProductVersionDocument,
    "mutation IssuingUpdate($ref: String!, $s: String!, $input: IssuingScheduleInput!) {\n        updateIssuingSchedule(productReference: $ref, scheduleReference: $s, input: $input) { __typename }\n      }": typeof types.IssuingUpdateDocument,
    "mutation IssuingDelete($ref: String!, $s: String!) {\n        deleteIssuingSchedule(productReference: $ref, scheduleReference: $s) {\n          __typename ... on MutationDeleteIssuingScheduleSuccess { data { version schedules { scheduleReference } } }\n        }\n      }": typeof types.IssuingDeleteDocument,
    "fragment JobTestFields on JobSchedule {\n  __typename id name specification location externalRef job { jobType } version createdAt updatedAt timeZone\n  scheduledFor { at localDateTime shifted }\n}": typeof types.JobTestFieldsFragmentDoc,
    "mutation JobCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.JobCreateDocument,
    "mutation JobUpdate($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.JobUpdateDocument,
    "mutation JobDelete($id: ID!) {\n  deleteJobSchedule(id: $id) {\n    __typename\n    ... on MutationDeleteJobScheduleSuccess { data }\n    ... on Error { message code status }\n  }\n}": typeof types.JobDeleteDocument,
    "query JobZoneHints($job: JobSpecInput!, $campaign: CampaignTemplateScheduleInput!, $issuing: IssuingScheduleInput!) {\n        job: previewOccurrences(spec: { job: $job }) { ... on ValidationError { fieldErrors { path message } } }\n        campaign: previewOccurrences(spec: { campaignTemplate: $campaign }) { ... on ValidationError { fieldErrors { path message } } }\n        issuing: previewOccurrences(spec: { issuing: $issuing }) { ... on ValidationError { fieldErrors { path message } } }\n      }": typeof types.JobZoneHintsDocument,
    "query JobByIdAndNode($id: ID!) {\n        schedule(id: $id) { __typename ... on JobSchedule { id name job { jobType } } }\n        node(id: $id) { __typename id ... on Recurring { timeZone } }\n      }": typeof types.JobByIdAndNodeDocument,
    "query JobUnknownIds { a: schedule(id: \"Sm9iU2NoZWR1bGU6bm9uZQ\") { __typename } b: schedule(id: \"%%%\") { __typename } }": typeof types.JobUnknownIdsDocument,
    "query JobPage($after: String) { schedules(kind: JOB, first: 2, after: $after) {\n          edges { cursor node { __typename ... on JobSchedule { id name } } } pageInfo { hasNextPage endCursor } } }": typeof types.JobPageDocument,
    "query JobPageTooLarge { schedules(first: 101) { edges { cursor } } }": typeof types.JobPageTooLargeDocument,
    "query JobForeignCursor { schedules(first: 1, after: \"nonsense\") { edges { cursor } } }": typeof types.JobForeignCursorDocument,
    "query JobFirstCursor { schedules(first: 1) { edges { cursor } } }": typeof types.JobFirstCursorDocument,
    "query JobForgedCursor($after: String) { schedules(first: 2, after: $after) { edges { cursor } } }": typeof types.JobForgedCursorDocument,
    "query JobNameAndVersion($id: ID!) { node(id: $id) { __typename ... on JobSchedule { name version } } }": typeof types.JobNameAndVersionDocument,
    "query JobAfterDelete($id: ID!) { schedule(id: $id) { __typename } }": typeof types.JobAfterDeleteDocument,
    "query JobOccurrences($id: ID!, $after: DateTime, $until: DateTime, $first: Int) {\n    node(id: $id) { __typename ... on JobSchedule {\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at }\n    } }\n  }": typeof types.JobOccurrencesDocument,
    "query JobNeverFires($id: ID!) {\n        node(id: $id) { __typename ... on JobSchedule { scheduledFor { at } upcomingOccurrences(first: 1000) { at } nextOccurrence { at } } }\n      }": typeof types.JobNeverFiresDocument,
    "query LimitsRead { schedules(first: 1) { edges { cursor } } }": typeof types.LimitsReadDocument,
    "mutation LimitsCreateJob($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1000) { at } } } } }": typeof types.LimitsCreateJobDocument,
    "query LimitsWithinCost { schedules(first: 20) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }": typeof types.LimitsWithinCostDocument,
    "mutation LimitsCreateProduct { createProduct(input: { reference: \"COST-1\", name: \"Costly\", type: DIGITAL }) { __typename } }": typeof types.LimitsCreateProductDocument,
    "mutation LimitsCreateIssuing($input: IssuingScheduleInput!) { createIssuingSchedule(productReference: \"COST-1\", input: $input) { __typename } }": typeof types.LimitsCreateIssuingDocument,
    "query LimitsPagedSchedules { product(reference: \"COST-1\") { schedules(first: 2) { friendlyName upcomingOccurrences(first: 1000) { at } } } }": typeof types.LimitsPagedSchedulesDocument,
    "mutation LimitsJobToCorrupt($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n        __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1) { at } } } } }": typeof types.LimitsJobToCorruptDocument,
    "query LimitsCorruptedRead($id: ID!) { node(id: $id) { ... on JobSchedule { nextOccurrence { at } } } }": typeof types.LimitsCorruptedReadDocument,
    "fragment NamesTestErrors on Error { __typename message code status ... on ValidationError { fieldErrors { path message } } }": typeof types.NamesTestErrorsFragmentDoc,
    "mutation NamesCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ...NamesTestErrors }\n}": typeof types.NamesCreateProductDocument,
    "mutation NamesCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { friendlyName entitlementFormat product { reference } } } ...NamesTestErrors\n  }\n}": typeof types.NamesCreateIssuingDocument,
    "mutation NamesCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { name externalRef } } ...NamesTestErrors }\n}": typeof types.NamesCreateJobDocument,
    "mutation NamesCreateTemplate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { name } } ...NamesTestErrors }\n}": typeof types.NamesCreateTemplateDocument,
    "query NamesReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName entitlementFormat } } }": typeof types.NamesReadProductDocument,
    "query NamesJobs { schedules(first: 100, kind: JOB) { edges { node { __typename ... on JobSchedule { name } } } } }": typeof types.NamesJobsDocument,
    "\n  mutation OperationsCreateJob($input: JobScheduleInput!) {\n    createJobSchedule(input: $input) {\n      __typename\n      ... on MutationCreateJobScheduleSuccess {\n        data {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OperationsCreateJobDocument,
    "\n  mutation OperationsRunNow($scheduleId: ID!) {\n    runNow(scheduleId: $scheduleId) {\n      __typename\n      ... on MutationRunNowSuccess {\n        data {\n          state\n        }\n      }\n    }\n  }\n": typeof types.OperationsRunNowDocument,
    "query Preview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename\n    ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } }\n    ... on ValidationError { message status fieldErrors { path message } }\n  }\n}": typeof types.PreviewDocument,
    "fragment ProductTestScheduleFields on IssuingSchedule {\n  id scheduleReference entitlementFormat friendlyName scheduleType\n  dailySchedule { issuingTime }\n  monthlySchedule { issuingDay issuingTime }\n  annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime }\n  irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate }\n  timeZone version\n}": typeof types.ProductTestScheduleFieldsFragmentDoc,
    "mutation ProductCreate($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    __typename\n    ... on MutationCreateProductSuccess { data { id reference name type version schedules { id } } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.ProductCreateDocument,
    "mutation ProductCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.ProductCreateIssuingDocument,
    "mutation ProductUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.ProductUpdateIssuingDocument,
    "mutation ProductDeleteIssuing($ref: String!, $sref: String!) {\n  deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n    __typename\n    ... on MutationDeleteIssuingScheduleSuccess { data { reference schedules { scheduleReference } } }\n    ... on Error { message code status }\n  }\n}": typeof types.ProductDeleteIssuingDocument,
    "query ProductRead($ref: String!) { product(reference: $ref) { reference type schedules { ...ProductTestScheduleFields } } }": typeof types.ProductReadDocument,
    "subscription RunEvents($scheduleId: ID) {\n  runEvents(scheduleId: $scheduleId) {\n    id origin state createdAt occurrence { at }\n    schedule { __typename ... on JobSchedule { id } }\n  }\n}": typeof types.RunEventsDocument,
    "mutation RunsDstCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }": typeof types.RunsDstCreateJobDocument,
    "mutation RunsDstCreateTemplate($name: String!) { createCampaignTemplate(input: { name: $name }) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }": typeof types.RunsDstCreateTemplateDocument,
    "mutation RunsDstSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message } } }": typeof types.RunsDstSetTemplateScheduleDocument,
    "mutation RunsDstCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on Error { message } } }": typeof types.RunsDstCreateProductDocument,
    "mutation RunsDstCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } ... on Error { message } } }": typeof types.RunsDstCreateIssuingDocument,
    "query RunsDstUpcoming($id: ID!, $after: DateTime!, $until: DateTime!) { node(id: $id) {\n  __typename ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }": typeof types.RunsDstUpcomingDocument,
    "query RunsDstRuns($id: ID!, $after: String) { node(id: $id) { __typename ... on Recurring {\n  runs(first: 100, after: $after) {\n    edges { node { occurrence { at localDateTime shifted } origin state skipReason createdAt } }\n    pageInfo { hasNextPage endCursor } } } } }": typeof types.RunsDstRunsDocument,
    "query RunsDstNewest { runs(first: 10) { edges { node { occurrence { at } } } } }": typeof types.RunsDstNewestDocument,
    "mutation RunsEditsUpdate($id: ID!, $input: JobScheduleInput!) {\n  updateJobSchedule(id: $id, input: $input) { __typename ... on MutationUpdateJobScheduleSuccess { data { id specification } } }\n}": typeof types.RunsEditsUpdateDocument,
    "mutation RunsFixtureCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } }\n}": typeof types.RunsFixtureCreateJobDocument,
    "mutation RunsFixtureDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }": typeof types.RunsFixtureDeleteJobDocument,
    "mutation RunsFixtureCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}": typeof types.RunsFixtureCreateTemplateDocument,
    "mutation RunsFixtureSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n    __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message }\n  }\n}": typeof types.RunsFixtureSetCampaignDocument,
    "mutation RunsFixtureDeleteCampaign($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }": typeof types.RunsFixtureDeleteCampaignDocument,
    "mutation RunsFixtureCreateProduct($reference: String!) {\n  createProduct(input: { reference: $reference, name: \"Runs weekly\", type: DIGITAL }) { __typename }\n}": typeof types.RunsFixtureCreateProductDocument,
    "mutation RunsFixtureCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $reference, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference } } ... on Error { message }\n  }\n}": typeof types.RunsFixtureCreateIssuingDocument,
    "mutation RunsFixtureDeleteIssuing($product: String!, $schedule: String!) {\n  deleteIssuingSchedule(productReference: $product, scheduleReference: $schedule) { __typename }\n}": typeof types.RunsFixtureDeleteIssuingDocument,
    "fragment RunsFixtureRun on Run {\n  id origin state skipReason createdAt deliveredAt attempts { number }\n  occurrence { at localDateTime shifted }\n  schedule { __typename ... on JobSchedule { id } ... on CampaignTemplateSchedule { id } ... on IssuingSchedule { id } }\n}": typeof types.RunsFixtureRunFragmentDoc,
    "query RunsFixturePage($scheduleId: ID, $state: RunState, $first: Int, $after: String) {\n  runs(scheduleId: $scheduleId, state: $state, first: $first, after: $after) {\n    edges { cursor node { ...RunsFixtureRun } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}": typeof types.RunsFixturePageDocument,
    "fragment RunsFixtureState on Recurring { paused pausedAt pauseNote }": typeof types.RunsFixtureStateFragmentDoc,
    "mutation RunsFixturePause($id: ID!, $note: String) {\n  pauseSchedule(scheduleId: $id, note: $note) {\n    __typename\n    ... on MutationPauseScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.RunsFixturePauseDocument,
    "mutation RunsFixtureResume($id: ID!, $catchUp: CatchUp) {\n  resumeSchedule(scheduleId: $id, catchUp: $catchUp) {\n    __typename\n    ... on MutationResumeScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n  }\n}": typeof types.RunsFixtureResumeDocument,
    "mutation RunsFixtureBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": typeof types.RunsFixtureBackfillDocument,
    "mutation RunsFixtureRunNow($id: ID!) {\n  runNow(scheduleId: $id) {\n    __typename\n    ... on MutationRunNowSuccess { data { ...RunsFixtureRun } }\n    ... on Error { message code status }\n  }\n}": typeof types.RunsFixtureRunNowDocument,
    "query RunsFixtureScheduleState($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { version ...RunsFixtureState }\n    ... on CampaignTemplateSchedule { version ...RunsFixtureState }\n    ... on IssuingSchedule { version ...RunsFixtureState }\n  }\n}": typeof types.RunsFixtureScheduleStateDocument,
    "query RunsHistoryOfSchedule($id: ID!, $state: RunState, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Recurring {\n      runs(state: $state, first: $first, after: $after) {\n        edges { cursor node { id origin state occurrence { at } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}": typeof types.RunsHistoryOfScheduleDocument,
    "query RunsHistoryNode($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Run {\n      origin state skipReason createdAt deliveredAt attempts { number }\n      occurrence { at localDateTime shifted }\n      schedule { __typename ... on JobSchedule { id name } }\n    }\n  }\n}": typeof types.RunsHistoryNodeDocument,
    "query RunsHistoryCostlyPage($first: Int, $after: String) {\n      runs(first: $first, after: $after) {\n        edges { cursor node {\n          id origin state skipReason createdAt attempts { number } occurrence { at localDateTime shifted }\n          schedule {\n            __typename\n            ... on Recurring { timeZone paused pausedAt pauseNote nextOccurrence { at } }\n            ... on JobSchedule { id name version }\n            ... on CampaignTemplateSchedule { id type version campaignTemplate { id name } }\n            ... on IssuingSchedule { id friendlyName version product { reference } }\n          }\n        } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }": typeof types.RunsHistoryCostlyPageDocument,
    "query RunsHistoryDeleted($id: ID!) {\n  node(id: $id) { __typename ... on Run { id origin occurrence { at } schedule { __typename } } }\n}": typeof types.RunsHistoryDeletedDocument,
    "mutation RunsInsertCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { id } }\n  }\n}": typeof types.RunsInsertCreateDocument,
    "mutation RunsInsertBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n  }\n}": typeof types.RunsInsertBackfillDocument,
    "query RunsInsertOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } }\n  }\n}": typeof types.RunsInsertOccurrencesDocument,
    "query RunsInsertRuns($id: ID!, $state: RunState, $cursor: String) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule {\n      runs(state: $state, first: 100, after: $cursor) {\n        edges { node { origin state skipReason occurrence { at localDateTime shifted } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}": typeof types.RunsInsertRunsDocument,
    "mutation LargeBatchesCreate($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }": typeof types.LargeBatchesCreateDocument,
    "mutation LargeBatchesBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n  __typename ... on MutationBackfillRunsSuccess { data { created alreadyPresent } } ... on Error { message } } }": typeof types.LargeBatchesBackfillDocument,
    "query LargeBatchesRuns($id: ID!) { runs(scheduleId: $id, first: 3) {\n  edges { node { origin state occurrence { at } } } pageInfo { hasNextPage } } }": typeof types.LargeBatchesRunsDocument,
    "mutation RunsProcessesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }": typeof types.RunsProcessesCreateJobDocument,
    "query RunsProcessesOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  schedule(id: $id) { ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }": typeof types.RunsProcessesOccurrencesDocument,
    "mutation RunsProcessesSetDelivery($id: ID!, $input: DeliveryInput!) { setScheduleDelivery(scheduleId: $id, input: $input) {\n  __typename ... on MutationSetScheduleDeliverySuccess { data { secret } } ... on Error { message } } }": typeof types.RunsProcessesSetDeliveryDocument,
    "query UpgradeEverySchedule {\n  schedules(first: 10) { edges { node {\n    __typename\n    ... on Node { id }\n    ... on Versioned { version createdAt updatedAt }\n    ... on Recurring { timeZone nextOccurrence(after: \"2027-01-01T00:00:00Z\") { localDateTime } }\n    ... on JobSchedule { name specification location externalRef job { jobType } }\n    ... on CampaignTemplateSchedule { type timeZoneId days { values } campaignTemplate { name version } }\n    ... on IssuingSchedule { friendlyName scheduleType scheduleReference monthlySchedule { issuingDay } product { reference type } }\n  } } }\n}": typeof types.UpgradeEveryScheduleDocument,
    "query UpgradeById($id: ID!) { node(id: $id) { __typename id } schedule(id: $id) { __typename } }": typeof types.UpgradeByIdDocument,
    "query UpgradeIssuingOnly { schedules(kind: ISSUING) { edges { node { __typename } } } }": typeof types.UpgradeIssuingOnlyDocument,
    "mutation UpgradeUpdateJob($id: ID!) {\n  updateJobSchedule(id: $id, expectedVersion: 3, input: { name: \"Nightly billing\", specification: \"0 3 * * *\", location: \"UTC\", job: { jobType: TAX_RUN } }) {\n    __typename ... on MutationUpdateJobScheduleSuccess { data { version location } }\n  }\n}": typeof types.UpgradeUpdateJobDocument,
    "mutation UpgradeDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }": typeof types.UpgradeDeleteJobDocument,
    "query SchedulesPage($first: Int) {\n  schedules(first: $first) {\n    edges { node {\n      __typename\n      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } }\n      ... on JobSchedule { name scheduledFor { at } }\n      ... on CampaignTemplateSchedule { type hours { values } campaignTemplate { name } }\n      ... on IssuingSchedule { friendlyName product { reference } }\n    } }\n    pageInfo { hasNextPage }\n  }\n}": typeof types.SchedulesPageDocument,
    "mutation SchedulesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }": typeof types.SchedulesCreateJobDocument,
    "mutation SchedulesCreateTemplate($name: String!) {\n      createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n    }": typeof types.SchedulesCreateTemplateDocument,
    "mutation SchedulesSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n      setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename }\n    }": typeof types.SchedulesSetCampaignDocument,
    "mutation SchedulesCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"Weekly\", type: DIGITAL }) { __typename } }": typeof types.SchedulesCreateProductDocument,
    "mutation SchedulesCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename }\n    }": typeof types.SchedulesCreateIssuingDocument,
    "query SchedulesIssuing { schedules(kind: ISSUING, first: 100) { edges { node { __typename } } } }": typeof types.SchedulesIssuingDocument,
    "query SeedAllSchedules($after: String) {\n  schedules(first: 100, after: $after) {\n    edges {\n      node {\n        __typename\n        ... on Recurring { timeZone nextOccurrence { at } }\n        ... on CampaignTemplateSchedule { type campaignTemplate { name } }\n        ... on IssuingSchedule { scheduleType nonIssuingDates product { reference type } }\n        ... on JobSchedule { name job { jobType } }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.SeedAllSchedulesDocument,
    "query SeedService { product(reference: \"SUPPORT-PLUS\") { type schedules { id } } }": typeof types.SeedServiceDocument,
    "query StoredCalendarsList($after: DateTime) { schedules(first: 100) { edges { node { __typename\n  ... on JobSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on CampaignTemplateSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on IssuingSchedule { id upcomingOccurrences(after: $after, first: 2) { at } } } } } }": typeof types.StoredCalendarsListDocument,
    "mutation VerifyOnceCreate {\n        createJobSchedule(input: { name: \"verified once\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }": typeof types.VerifyOnceCreateDocument,
    "query WebEdgeJobNames { schedules(first: 100) { edges { node { __typename ... on JobSchedule { name } } } } }": typeof types.WebEdgeJobNamesDocument,
    "mutation WebEdgeFeedJob {\n        createJobSchedule(input: { name: \"feed job\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }": typeof types.WebEdgeFeedJobDocument,
};
const documents: Documents = {
    "query AuthRead { schedules(first: 1) { edges { cursor } } }": types.AuthReadDocument,
    "mutation AuthCreateJob { createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename } }": types.AuthCreateJobDocument,
    "query AuthIntrospection { __schema { queryType { name } } }": types.AuthIntrospectionDocument,
    "mutation FeedUrlCreate { createJobSchedule(input: { name: \"Feed URL\", specification: \"0 9 * * *\", location: \"UTC\", job: { jobType: BILLING_RUN } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }": types.FeedUrlCreateDocument,
    "mutation FeedUrlRotate($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { url token } } }\n}": types.FeedUrlRotateDocument,
    "mutation FeedRotateToken($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token } } }\n}": types.FeedRotateTokenDocument,
    "mutation FeedCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }": types.FeedCreateJobDocument,
    "mutation FeedCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}": types.FeedCreateTemplateDocument,
    "mutation FeedSetCampaignSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } }\n}": types.FeedSetCampaignScheduleDocument,
    "mutation FeedCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"The Weekly\", type: DIGITAL }) { __typename } }": types.FeedCreateProductDocument,
    "mutation FeedCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } }\n    }": types.FeedCreateIssuingDocument,
    "query FeedUpcoming($id: ID!, $first: Int) { schedule(id: $id) { ... on Recurring { timeZone upcomingOccurrences(first: $first) { at localDateTime shifted } } } }": types.FeedUpcomingDocument,
    "mutation FeedDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }": types.FeedDeleteJobDocument,
    "query FeedTemplateOf($id: ID!) { node(id: $id) { __typename ... on CampaignTemplateSchedule { campaignTemplate { id } } } }": types.FeedTemplateOfDocument,
    "mutation FeedDeleteCampaignSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }": types.FeedDeleteCampaignScheduleDocument,
    "query FeedScheduleReferenceOf($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference } } }": types.FeedScheduleReferenceOfDocument,
    "mutation FeedDeleteIssuing($s: String!) { deleteIssuingSchedule(productReference: \"FEED-DROP\", scheduleReference: $s) { __typename } }": types.FeedDeleteIssuingDocument,
    "mutation FeedRotate($id: ID!) {\n    rotateCalendarFeedToken(scheduleId: $id) {\n      __typename\n      ... on MutationRotateCalendarFeedTokenSuccess { data { url token } }\n      ... on NotFoundError { message status }\n    }\n  }": types.FeedRotateDocument,
    "fragment CampaignTestSelector on Selector { type values interval }": types.CampaignTestSelectorFragmentDoc,
    "fragment CampaignTestScheduleFields on CampaignTemplateSchedule {\n  __typename id type months { ...CampaignTestSelector } days { ...CampaignTestSelector } hours { ...CampaignTestSelector } expiration\n  timeZoneId timeZone version createdAt updatedAt campaignTemplate { id version }\n}": types.CampaignTestScheduleFieldsFragmentDoc,
    "mutation CampaignCreate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) {\n    __typename\n    ... on MutationCreateCampaignTemplateSuccess { data { __typename id name version schedule { id } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.CampaignCreateDocument,
    "mutation CampaignSet($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationSetCampaignTemplateScheduleSuccess { data { ...CampaignTestScheduleFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.CampaignSetDocument,
    "mutation CampaignDelete($id: ID!) {\n  deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n    __typename\n    ... on MutationDeleteCampaignTemplateScheduleSuccess { data { __typename id version schedule { id } } }\n    ... on Error { message code status }\n  }\n}": types.CampaignDeleteDocument,
    "query CampaignRead($id: ID!) {\n  campaignTemplate(id: $id) { __typename id name version schedule { ...CampaignTestScheduleFields } }\n}": types.CampaignReadDocument,
    "query CampaignOccurrences($id: ID!, $after: DateTime, $first: Int) {\n  campaignTemplate(id: $id) {\n    schedule {\n      upcomingOccurrences(after: $after, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}": types.CampaignOccurrencesDocument,
    "query CampaignReadOnce($id: ID!) { campaignTemplate(id: $id) { name schedule { hours { values } upcomingOccurrences(first: 2) { at } } } }": types.CampaignReadOnceDocument,
    "mutation CampaignOtherType {\n        createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }": types.CampaignOtherTypeDocument,
    "query CampaignList { schedules(kind: CAMPAIGN_TEMPLATE, first: 100) { edges { node { __typename ... on CampaignTemplateSchedule { id version type campaignTemplate { id } } } } } }": types.CampaignListDocument,
    "query CampaignByIdAndNode($id: ID!, $template: ID!) {\n        schedule(id: $id) { __typename ... on CampaignTemplateSchedule { id type timeZoneId } }\n        node(id: $id) { __typename id ... on Recurring { timeZone nextOccurrence { at } } }\n        template: node(id: $template) { __typename id ... on CampaignTemplate { schedule { id } } }\n      }": types.CampaignByIdAndNodeDocument,
    "query CampaignAfterDelete($id: ID!, $s: ID!) { campaignTemplate(id: $id) { schedule { id } } schedule(id: $s) { __typename } node(id: $s) { id } }": types.CampaignAfterDeleteDocument,
    "mutation CrashCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id name version } } ... on Error { message } } }": types.CrashCreateJobDocument,
    "mutation CrashUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { id name version } } ... on Error { message } } }": types.CrashUpdateJobDocument,
    "mutation CrashCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { reference } } ... on Error { message } } }": types.CrashCreateProductDocument,
    "mutation CrashCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { scheduleReference version } } ... on Error { message } } }": types.CrashCreateIssuingDocument,
    "mutation CrashCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }": types.CrashCreateTemplateDocument,
    "mutation CrashSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id version campaignTemplate { version } } } ... on Error { message } } }": types.CrashSetTemplateScheduleDocument,
    "query CrashAllJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n  edges { node { __typename ... on JobSchedule { id name version } } } pageInfo { hasNextPage endCursor } } }": types.CrashAllJobsDocument,
    "query CrashProduct($ref: String!) { product(reference: $ref) { reference schedules { scheduleReference } } }": types.CrashProductDocument,
    "query CrashTemplate($id: ID!) { campaignTemplate(id: $id) { id version schedule { id } } }": types.CrashTemplateDocument,
    "query CrashReadAgain($id: ID!) { schedule(id: $id) { __typename ... on JobSchedule { name nextOccurrence { at } } } }": types.CrashReadAgainDocument,
    "mutation PrivateNetworksSetDelivery($id: ID!, $url: String!) {\n  setScheduleDelivery(scheduleId: $id, input: { url: $url, maxAttempts: 1 }) {\n    __typename\n    ... on ValidationError { fieldErrors { path message } }\n    ... on Error { message }\n  }\n}": types.PrivateNetworksSetDeliveryDocument,
    "query PrivateNetworksRun($id: ID!) {\n  node(id: $id) { ... on Run { state failureReason attempts { number httpStatus error } } }\n}": types.PrivateNetworksRunDocument,
    "mutation DeliverySet($id: ID!, $input: DeliveryInput!) {\n  setScheduleDelivery(scheduleId: $id, input: $input) {\n    __typename\n    ... on MutationSetScheduleDeliverySuccess { data { secret delivery { url overlapPolicy catchUpWindowSeconds maxAttempts disabledAt disabledReason } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.DeliverySetDocument,
    "mutation DeliveryRotate($id: ID!) {\n  rotateDeliverySecret(scheduleId: $id) {\n    __typename\n    ... on MutationRotateDeliverySecretSuccess { data { secret delivery { url } } }\n    ... on Error { message code status }\n  }\n}": types.DeliveryRotateDocument,
    "mutation DeliveryRemove($id: ID!) {\n  removeScheduleDelivery(scheduleId: $id) {\n    __typename\n    ... on MutationRemoveScheduleDeliverySuccess { data { __typename ... on JobSchedule { id delivery { url } } } }\n    ... on Error { message code status }\n  }\n}": types.DeliveryRemoveDocument,
    "mutation DeliveryRetry($id: ID!) {\n  retryRun(runId: $id) {\n    __typename\n    ... on MutationRetryRunSuccess { data { id state failureReason } }\n    ... on Error { message code status }\n  }\n}": types.DeliveryRetryDocument,
    "query DeliveryRun($id: ID!) {\n  node(id: $id) { ... on Run {\n    id state failureReason deliveredAt origin\n    attempts { number startedAt durationMs httpStatus error responseExcerpt }\n  } }\n}": types.DeliveryRunDocument,
    "query DeliveryOf($id: ID!) {\n  node(id: $id) { ... on Recurring { delivery { url disabledAt disabledReason overlapPolicy } } }\n}": types.DeliveryOfDocument,
    "mutation ParityCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ... on Error { message status } } }": types.ParityCreateProductDocument,
    "query ParityReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName } } }": types.ParityReadProductDocument,
    "mutation ParityCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) { __typename ... on Error { message status } } }": types.ParityCreateIssuingDocument,
    "mutation ParityCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }": types.ParityCreateJobDocument,
    "fragment FuzzErrorFields on Error { message code status ... on ValidationError { fieldErrors { path message } } }": types.FuzzErrorFieldsFragmentDoc,
    "fragment FuzzJobFields on JobSchedule { id name specification location externalRef job { jobType } version timeZone scheduledFor { at } }": types.FuzzJobFieldsFragmentDoc,
    "mutation FuzzCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }": types.FuzzCreateJobDocument,
    "mutation FuzzUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }": types.FuzzUpdateJobDocument,
    "mutation FuzzDeleteJob($id: ID!) { deleteJobSchedule(id: $id) {\n  __typename ... on MutationDeleteJobScheduleSuccess { data } ...FuzzErrorFields } }": types.FuzzDeleteJobDocument,
    "fragment FuzzProductFields on Product { reference name type version schedules { scheduleReference } }": types.FuzzProductFieldsFragmentDoc,
    "mutation FuzzCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }": types.FuzzCreateProductDocument,
    "fragment FuzzIssuingFields on IssuingSchedule { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version\n  dailySchedule { issuingTime } monthlySchedule { issuingDay issuingTime } annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime } irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate } nextOccurrence { at } }": types.FuzzIssuingFieldsFragmentDoc,
    "mutation FuzzCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }": types.FuzzCreateIssuingDocument,
    "mutation FuzzUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }": types.FuzzUpdateIssuingDocument,
    "mutation FuzzDeleteIssuing($ref: String!, $sref: String!) { deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n  __typename ... on MutationDeleteIssuingScheduleSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }": types.FuzzDeleteIssuingDocument,
    "fragment FuzzSelector on Selector { type values interval }": types.FuzzSelectorFragmentDoc,
    "mutation FuzzCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }": types.FuzzCreateTemplateDocument,
    "mutation FuzzSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data {\n    id type timeZoneId timeZone version months { ...FuzzSelector } days { ...FuzzSelector } hours { ...FuzzSelector } expiration\n    campaignTemplate { id version } nextOccurrence { at }\n  } } ...FuzzErrorFields } }": types.FuzzSetTemplateScheduleDocument,
    "mutation FuzzDeleteTemplateSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n  __typename ... on MutationDeleteCampaignTemplateScheduleSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }": types.FuzzDeleteTemplateScheduleDocument,
    "mutation FuzzRotateFeed($id: ID!) { rotateCalendarFeedToken(scheduleId: $id) {\n  __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token url } } ...FuzzErrorFields } }": types.FuzzRotateFeedDocument,
    "query FuzzPreview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } } ...FuzzErrorFields } }": types.FuzzPreviewDocument,
    "query FuzzReadPage($kind: ScheduleKind, $first: Int, $after: String, $oAfter: DateTime, $oUntil: DateTime, $oFirst: Int, $start: DateTime!, $id: ID!, $ref: String!) {\n  schedules(kind: $kind, first: $first, after: $after) {\n    edges { cursor node { __typename ... on Recurring { timeZone upcomingOccurrences(after: $oAfter, until: $oUntil, first: $oFirst) { at } nextOccurrence(after: $oAfter) { at } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n  node(id: $id) { __typename id }\n  product(reference: $ref) { reference schedules { scheduleReference issuesForEntitlement(start: $start, first: $oFirst) { at } } }\n}": types.FuzzReadPageDocument,
    "query FuzzStoredJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n          edges { node { __typename ... on JobSchedule { id name specification location externalRef job { jobType } version } } }\n          pageInfo { hasNextPage endCursor } } }": types.FuzzStoredJobsDocument,
    "query FuzzStoredProduct($ref: String!) {\n          product(reference: $ref) { reference name type schedules { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version } }\n        }": types.FuzzStoredProductDocument,
    "query FuzzStoredTemplate($id: ID!) { campaignTemplate(id: $id) { id name version schedule { id type timeZoneId version } } }": types.FuzzStoredTemplateDocument,
    "query FuzzNodeId($id: ID!) { node(id: $id) { id } }": types.FuzzNodeIdDocument,
    "mutation HardeningFeedOwner {\n        createJobSchedule(input: { name: \"feed owner\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id } }\n        }\n      }": types.HardeningFeedOwnerDocument,
    "mutation HardeningCertAdminRotates($id: ID!) {\n        a: createCampaignTemplate(input: { name: \"cert admin's\" }) { __typename } b: rotateCalendarFeedToken(scheduleId: $id) { __typename }\n      }": types.HardeningCertAdminRotatesDocument,
    "mutation HardeningFaultAfterWrite {\n        a: createJobSchedule(input: { name: \"written before a fault\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id name } }\n        }\n        b: createIssuingSchedule(productReference: \"HALF-BROKEN\", input: { friendlyName: \"written too\", entitlementFormat: \"EPUB\", scheduleType: \"none\" }) {\n          ... on MutationCreateIssuingScheduleSuccess { data { product { schedules { upcomingOccurrences(first: 1) { at } } } } }\n        }\n      }": types.HardeningFaultAfterWriteDocument,
    "mutation HardeningTypedError { createJobSchedule(input: { name: \"x\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on Error { code status } } }": types.HardeningTypedErrorDocument,
    "mutation IssuingCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference } } }\n}": types.IssuingCreateProductDocument,
    "mutation IssuingCreate($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference timeZone } }\n    ... on Error { message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.IssuingCreateDocument,
    "query IssuingOccurrences($ref: String!, $after: DateTime, $until: DateTime, $first: Int) {\n  product(reference: $ref) {\n    schedules {\n      friendlyName\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}": types.IssuingOccurrencesDocument,
    "query IssuingIssues($ref: String!, $start: DateTime!, $first: Int) {\n  product(reference: $ref) {\n    schedules(first: 1) { friendlyName issuesForEntitlement(start: $start, first: $first) { at localDateTime shifted } }\n  }\n}": types.IssuingIssuesDocument,
    "query IssuingIds($ref: String!) { product(reference: $ref) { schedules { id scheduleReference } } }": types.IssuingIdsDocument,
    "query IssuingList { schedules(kind: ISSUING, first: 100) { edges { node { __typename ... on IssuingSchedule { id } } } } }": types.IssuingListDocument,
    "query IssuingNode($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference product { reference } } } }": types.IssuingNodeDocument,
    "query IssuingProductVersion($ref: String!) { product(reference: $ref) { version schedules { scheduleReference } } }": types.IssuingProductVersionDocument,
    "mutation IssuingUpdate($ref: String!, $s: String!, $input: IssuingScheduleInput!) {\n        updateIssuingSchedule(productReference: $ref, scheduleReference: $s, input: $input) { __typename }\n      }": types.IssuingUpdateDocument,
    "mutation IssuingDelete($ref: String!, $s: String!) {\n        deleteIssuingSchedule(productReference: $ref, scheduleReference: $s) {\n          __typename ... on MutationDeleteIssuingScheduleSuccess { data { version schedules { scheduleReference } } }\n        }\n      }": types.IssuingDeleteDocument,
    "fragment JobTestFields on JobSchedule {\n  __typename id name specification location externalRef job { jobType } version createdAt updatedAt timeZone\n  scheduledFor { at localDateTime shifted }\n}": types.JobTestFieldsFragmentDoc,
    "mutation JobCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.JobCreateDocument,
    "mutation JobUpdate($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.JobUpdateDocument,
    "mutation JobDelete($id: ID!) {\n  deleteJobSchedule(id: $id) {\n    __typename\n    ... on MutationDeleteJobScheduleSuccess { data }\n    ... on Error { message code status }\n  }\n}": types.JobDeleteDocument,
    "query JobZoneHints($job: JobSpecInput!, $campaign: CampaignTemplateScheduleInput!, $issuing: IssuingScheduleInput!) {\n        job: previewOccurrences(spec: { job: $job }) { ... on ValidationError { fieldErrors { path message } } }\n        campaign: previewOccurrences(spec: { campaignTemplate: $campaign }) { ... on ValidationError { fieldErrors { path message } } }\n        issuing: previewOccurrences(spec: { issuing: $issuing }) { ... on ValidationError { fieldErrors { path message } } }\n      }": types.JobZoneHintsDocument,
    "query JobByIdAndNode($id: ID!) {\n        schedule(id: $id) { __typename ... on JobSchedule { id name job { jobType } } }\n        node(id: $id) { __typename id ... on Recurring { timeZone } }\n      }": types.JobByIdAndNodeDocument,
    "query JobUnknownIds { a: schedule(id: \"Sm9iU2NoZWR1bGU6bm9uZQ\") { __typename } b: schedule(id: \"%%%\") { __typename } }": types.JobUnknownIdsDocument,
    "query JobPage($after: String) { schedules(kind: JOB, first: 2, after: $after) {\n          edges { cursor node { __typename ... on JobSchedule { id name } } } pageInfo { hasNextPage endCursor } } }": types.JobPageDocument,
    "query JobPageTooLarge { schedules(first: 101) { edges { cursor } } }": types.JobPageTooLargeDocument,
    "query JobForeignCursor { schedules(first: 1, after: \"nonsense\") { edges { cursor } } }": types.JobForeignCursorDocument,
    "query JobFirstCursor { schedules(first: 1) { edges { cursor } } }": types.JobFirstCursorDocument,
    "query JobForgedCursor($after: String) { schedules(first: 2, after: $after) { edges { cursor } } }": types.JobForgedCursorDocument,
    "query JobNameAndVersion($id: ID!) { node(id: $id) { __typename ... on JobSchedule { name version } } }": types.JobNameAndVersionDocument,
    "query JobAfterDelete($id: ID!) { schedule(id: $id) { __typename } }": types.JobAfterDeleteDocument,
    "query JobOccurrences($id: ID!, $after: DateTime, $until: DateTime, $first: Int) {\n    node(id: $id) { __typename ... on JobSchedule {\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at }\n    } }\n  }": types.JobOccurrencesDocument,
    "query JobNeverFires($id: ID!) {\n        node(id: $id) { __typename ... on JobSchedule { scheduledFor { at } upcomingOccurrences(first: 1000) { at } nextOccurrence { at } } }\n      }": types.JobNeverFiresDocument,
    "query LimitsRead { schedules(first: 1) { edges { cursor } } }": types.LimitsReadDocument,
    "mutation LimitsCreateJob($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1000) { at } } } } }": types.LimitsCreateJobDocument,
    "query LimitsWithinCost { schedules(first: 20) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }": types.LimitsWithinCostDocument,
    "mutation LimitsCreateProduct { createProduct(input: { reference: \"COST-1\", name: \"Costly\", type: DIGITAL }) { __typename } }": types.LimitsCreateProductDocument,
    "mutation LimitsCreateIssuing($input: IssuingScheduleInput!) { createIssuingSchedule(productReference: \"COST-1\", input: $input) { __typename } }": types.LimitsCreateIssuingDocument,
    "query LimitsPagedSchedules { product(reference: \"COST-1\") { schedules(first: 2) { friendlyName upcomingOccurrences(first: 1000) { at } } } }": types.LimitsPagedSchedulesDocument,
    "mutation LimitsJobToCorrupt($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n        __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1) { at } } } } }": types.LimitsJobToCorruptDocument,
    "query LimitsCorruptedRead($id: ID!) { node(id: $id) { ... on JobSchedule { nextOccurrence { at } } } }": types.LimitsCorruptedReadDocument,
    "fragment NamesTestErrors on Error { __typename message code status ... on ValidationError { fieldErrors { path message } } }": types.NamesTestErrorsFragmentDoc,
    "mutation NamesCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ...NamesTestErrors }\n}": types.NamesCreateProductDocument,
    "mutation NamesCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { friendlyName entitlementFormat product { reference } } } ...NamesTestErrors\n  }\n}": types.NamesCreateIssuingDocument,
    "mutation NamesCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { name externalRef } } ...NamesTestErrors }\n}": types.NamesCreateJobDocument,
    "mutation NamesCreateTemplate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { name } } ...NamesTestErrors }\n}": types.NamesCreateTemplateDocument,
    "query NamesReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName entitlementFormat } } }": types.NamesReadProductDocument,
    "query NamesJobs { schedules(first: 100, kind: JOB) { edges { node { __typename ... on JobSchedule { name } } } } }": types.NamesJobsDocument,
    "\n  mutation OperationsCreateJob($input: JobScheduleInput!) {\n    createJobSchedule(input: $input) {\n      __typename\n      ... on MutationCreateJobScheduleSuccess {\n        data {\n          id\n        }\n      }\n    }\n  }\n": types.OperationsCreateJobDocument,
    "\n  mutation OperationsRunNow($scheduleId: ID!) {\n    runNow(scheduleId: $scheduleId) {\n      __typename\n      ... on MutationRunNowSuccess {\n        data {\n          state\n        }\n      }\n    }\n  }\n": types.OperationsRunNowDocument,
    "query Preview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename\n    ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } }\n    ... on ValidationError { message status fieldErrors { path message } }\n  }\n}": types.PreviewDocument,
    "fragment ProductTestScheduleFields on IssuingSchedule {\n  id scheduleReference entitlementFormat friendlyName scheduleType\n  dailySchedule { issuingTime }\n  monthlySchedule { issuingDay issuingTime }\n  annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime }\n  irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate }\n  timeZone version\n}": types.ProductTestScheduleFieldsFragmentDoc,
    "mutation ProductCreate($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    __typename\n    ... on MutationCreateProductSuccess { data { id reference name type version schedules { id } } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.ProductCreateDocument,
    "mutation ProductCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.ProductCreateIssuingDocument,
    "mutation ProductUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.ProductUpdateIssuingDocument,
    "mutation ProductDeleteIssuing($ref: String!, $sref: String!) {\n  deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n    __typename\n    ... on MutationDeleteIssuingScheduleSuccess { data { reference schedules { scheduleReference } } }\n    ... on Error { message code status }\n  }\n}": types.ProductDeleteIssuingDocument,
    "query ProductRead($ref: String!) { product(reference: $ref) { reference type schedules { ...ProductTestScheduleFields } } }": types.ProductReadDocument,
    "subscription RunEvents($scheduleId: ID) {\n  runEvents(scheduleId: $scheduleId) {\n    id origin state createdAt occurrence { at }\n    schedule { __typename ... on JobSchedule { id } }\n  }\n}": types.RunEventsDocument,
    "mutation RunsDstCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }": types.RunsDstCreateJobDocument,
    "mutation RunsDstCreateTemplate($name: String!) { createCampaignTemplate(input: { name: $name }) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }": types.RunsDstCreateTemplateDocument,
    "mutation RunsDstSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message } } }": types.RunsDstSetTemplateScheduleDocument,
    "mutation RunsDstCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on Error { message } } }": types.RunsDstCreateProductDocument,
    "mutation RunsDstCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } ... on Error { message } } }": types.RunsDstCreateIssuingDocument,
    "query RunsDstUpcoming($id: ID!, $after: DateTime!, $until: DateTime!) { node(id: $id) {\n  __typename ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }": types.RunsDstUpcomingDocument,
    "query RunsDstRuns($id: ID!, $after: String) { node(id: $id) { __typename ... on Recurring {\n  runs(first: 100, after: $after) {\n    edges { node { occurrence { at localDateTime shifted } origin state skipReason createdAt } }\n    pageInfo { hasNextPage endCursor } } } } }": types.RunsDstRunsDocument,
    "query RunsDstNewest { runs(first: 10) { edges { node { occurrence { at } } } } }": types.RunsDstNewestDocument,
    "mutation RunsEditsUpdate($id: ID!, $input: JobScheduleInput!) {\n  updateJobSchedule(id: $id, input: $input) { __typename ... on MutationUpdateJobScheduleSuccess { data { id specification } } }\n}": types.RunsEditsUpdateDocument,
    "mutation RunsFixtureCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } }\n}": types.RunsFixtureCreateJobDocument,
    "mutation RunsFixtureDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }": types.RunsFixtureDeleteJobDocument,
    "mutation RunsFixtureCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}": types.RunsFixtureCreateTemplateDocument,
    "mutation RunsFixtureSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n    __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message }\n  }\n}": types.RunsFixtureSetCampaignDocument,
    "mutation RunsFixtureDeleteCampaign($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }": types.RunsFixtureDeleteCampaignDocument,
    "mutation RunsFixtureCreateProduct($reference: String!) {\n  createProduct(input: { reference: $reference, name: \"Runs weekly\", type: DIGITAL }) { __typename }\n}": types.RunsFixtureCreateProductDocument,
    "mutation RunsFixtureCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $reference, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference } } ... on Error { message }\n  }\n}": types.RunsFixtureCreateIssuingDocument,
    "mutation RunsFixtureDeleteIssuing($product: String!, $schedule: String!) {\n  deleteIssuingSchedule(productReference: $product, scheduleReference: $schedule) { __typename }\n}": types.RunsFixtureDeleteIssuingDocument,
    "fragment RunsFixtureRun on Run {\n  id origin state skipReason createdAt deliveredAt attempts { number }\n  occurrence { at localDateTime shifted }\n  schedule { __typename ... on JobSchedule { id } ... on CampaignTemplateSchedule { id } ... on IssuingSchedule { id } }\n}": types.RunsFixtureRunFragmentDoc,
    "query RunsFixturePage($scheduleId: ID, $state: RunState, $first: Int, $after: String) {\n  runs(scheduleId: $scheduleId, state: $state, first: $first, after: $after) {\n    edges { cursor node { ...RunsFixtureRun } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}": types.RunsFixturePageDocument,
    "fragment RunsFixtureState on Recurring { paused pausedAt pauseNote }": types.RunsFixtureStateFragmentDoc,
    "mutation RunsFixturePause($id: ID!, $note: String) {\n  pauseSchedule(scheduleId: $id, note: $note) {\n    __typename\n    ... on MutationPauseScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.RunsFixturePauseDocument,
    "mutation RunsFixtureResume($id: ID!, $catchUp: CatchUp) {\n  resumeSchedule(scheduleId: $id, catchUp: $catchUp) {\n    __typename\n    ... on MutationResumeScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n  }\n}": types.RunsFixtureResumeDocument,
    "mutation RunsFixtureBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}": types.RunsFixtureBackfillDocument,
    "mutation RunsFixtureRunNow($id: ID!) {\n  runNow(scheduleId: $id) {\n    __typename\n    ... on MutationRunNowSuccess { data { ...RunsFixtureRun } }\n    ... on Error { message code status }\n  }\n}": types.RunsFixtureRunNowDocument,
    "query RunsFixtureScheduleState($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { version ...RunsFixtureState }\n    ... on CampaignTemplateSchedule { version ...RunsFixtureState }\n    ... on IssuingSchedule { version ...RunsFixtureState }\n  }\n}": types.RunsFixtureScheduleStateDocument,
    "query RunsHistoryOfSchedule($id: ID!, $state: RunState, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Recurring {\n      runs(state: $state, first: $first, after: $after) {\n        edges { cursor node { id origin state occurrence { at } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}": types.RunsHistoryOfScheduleDocument,
    "query RunsHistoryNode($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Run {\n      origin state skipReason createdAt deliveredAt attempts { number }\n      occurrence { at localDateTime shifted }\n      schedule { __typename ... on JobSchedule { id name } }\n    }\n  }\n}": types.RunsHistoryNodeDocument,
    "query RunsHistoryCostlyPage($first: Int, $after: String) {\n      runs(first: $first, after: $after) {\n        edges { cursor node {\n          id origin state skipReason createdAt attempts { number } occurrence { at localDateTime shifted }\n          schedule {\n            __typename\n            ... on Recurring { timeZone paused pausedAt pauseNote nextOccurrence { at } }\n            ... on JobSchedule { id name version }\n            ... on CampaignTemplateSchedule { id type version campaignTemplate { id name } }\n            ... on IssuingSchedule { id friendlyName version product { reference } }\n          }\n        } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }": types.RunsHistoryCostlyPageDocument,
    "query RunsHistoryDeleted($id: ID!) {\n  node(id: $id) { __typename ... on Run { id origin occurrence { at } schedule { __typename } } }\n}": types.RunsHistoryDeletedDocument,
    "mutation RunsInsertCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { id } }\n  }\n}": types.RunsInsertCreateDocument,
    "mutation RunsInsertBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n  }\n}": types.RunsInsertBackfillDocument,
    "query RunsInsertOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } }\n  }\n}": types.RunsInsertOccurrencesDocument,
    "query RunsInsertRuns($id: ID!, $state: RunState, $cursor: String) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule {\n      runs(state: $state, first: 100, after: $cursor) {\n        edges { node { origin state skipReason occurrence { at localDateTime shifted } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}": types.RunsInsertRunsDocument,
    "mutation LargeBatchesCreate($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }": types.LargeBatchesCreateDocument,
    "mutation LargeBatchesBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n  __typename ... on MutationBackfillRunsSuccess { data { created alreadyPresent } } ... on Error { message } } }": types.LargeBatchesBackfillDocument,
    "query LargeBatchesRuns($id: ID!) { runs(scheduleId: $id, first: 3) {\n  edges { node { origin state occurrence { at } } } pageInfo { hasNextPage } } }": types.LargeBatchesRunsDocument,
    "mutation RunsProcessesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }": types.RunsProcessesCreateJobDocument,
    "query RunsProcessesOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  schedule(id: $id) { ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }": types.RunsProcessesOccurrencesDocument,
    "mutation RunsProcessesSetDelivery($id: ID!, $input: DeliveryInput!) { setScheduleDelivery(scheduleId: $id, input: $input) {\n  __typename ... on MutationSetScheduleDeliverySuccess { data { secret } } ... on Error { message } } }": types.RunsProcessesSetDeliveryDocument,
    "query UpgradeEverySchedule {\n  schedules(first: 10) { edges { node {\n    __typename\n    ... on Node { id }\n    ... on Versioned { version createdAt updatedAt }\n    ... on Recurring { timeZone nextOccurrence(after: \"2027-01-01T00:00:00Z\") { localDateTime } }\n    ... on JobSchedule { name specification location externalRef job { jobType } }\n    ... on CampaignTemplateSchedule { type timeZoneId days { values } campaignTemplate { name version } }\n    ... on IssuingSchedule { friendlyName scheduleType scheduleReference monthlySchedule { issuingDay } product { reference type } }\n  } } }\n}": types.UpgradeEveryScheduleDocument,
    "query UpgradeById($id: ID!) { node(id: $id) { __typename id } schedule(id: $id) { __typename } }": types.UpgradeByIdDocument,
    "query UpgradeIssuingOnly { schedules(kind: ISSUING) { edges { node { __typename } } } }": types.UpgradeIssuingOnlyDocument,
    "mutation UpgradeUpdateJob($id: ID!) {\n  updateJobSchedule(id: $id, expectedVersion: 3, input: { name: \"Nightly billing\", specification: \"0 3 * * *\", location: \"UTC\", job: { jobType: TAX_RUN } }) {\n    __typename ... on MutationUpdateJobScheduleSuccess { data { version location } }\n  }\n}": types.UpgradeUpdateJobDocument,
    "mutation UpgradeDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }": types.UpgradeDeleteJobDocument,
    "query SchedulesPage($first: Int) {\n  schedules(first: $first) {\n    edges { node {\n      __typename\n      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } }\n      ... on JobSchedule { name scheduledFor { at } }\n      ... on CampaignTemplateSchedule { type hours { values } campaignTemplate { name } }\n      ... on IssuingSchedule { friendlyName product { reference } }\n    } }\n    pageInfo { hasNextPage }\n  }\n}": types.SchedulesPageDocument,
    "mutation SchedulesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }": types.SchedulesCreateJobDocument,
    "mutation SchedulesCreateTemplate($name: String!) {\n      createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n    }": types.SchedulesCreateTemplateDocument,
    "mutation SchedulesSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n      setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename }\n    }": types.SchedulesSetCampaignDocument,
    "mutation SchedulesCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"Weekly\", type: DIGITAL }) { __typename } }": types.SchedulesCreateProductDocument,
    "mutation SchedulesCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename }\n    }": types.SchedulesCreateIssuingDocument,
    "query SchedulesIssuing { schedules(kind: ISSUING, first: 100) { edges { node { __typename } } } }": types.SchedulesIssuingDocument,
    "query SeedAllSchedules($after: String) {\n  schedules(first: 100, after: $after) {\n    edges {\n      node {\n        __typename\n        ... on Recurring { timeZone nextOccurrence { at } }\n        ... on CampaignTemplateSchedule { type campaignTemplate { name } }\n        ... on IssuingSchedule { scheduleType nonIssuingDates product { reference type } }\n        ... on JobSchedule { name job { jobType } }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.SeedAllSchedulesDocument,
    "query SeedService { product(reference: \"SUPPORT-PLUS\") { type schedules { id } } }": types.SeedServiceDocument,
    "query StoredCalendarsList($after: DateTime) { schedules(first: 100) { edges { node { __typename\n  ... on JobSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on CampaignTemplateSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on IssuingSchedule { id upcomingOccurrences(after: $after, first: 2) { at } } } } } }": types.StoredCalendarsListDocument,
    "mutation VerifyOnceCreate {\n        createJobSchedule(input: { name: \"verified once\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }": types.VerifyOnceCreateDocument,
    "query WebEdgeJobNames { schedules(first: 100) { edges { node { __typename ... on JobSchedule { name } } } } }": types.WebEdgeJobNamesDocument,
    "mutation WebEdgeFeedJob {\n        createJobSchedule(input: { name: \"feed job\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }": types.WebEdgeFeedJobDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthRead { schedules(first: 1) { edges { cursor } } }"): (typeof documents)["query AuthRead { schedules(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateJob { createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename } }"): (typeof documents)["mutation AuthCreateJob { createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthIntrospection { __schema { queryType { name } } }"): (typeof documents)["query AuthIntrospection { __schema { queryType { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedUrlCreate { createJobSchedule(input: { name: \"Feed URL\", specification: \"0 9 * * *\", location: \"UTC\", job: { jobType: BILLING_RUN } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }"): (typeof documents)["mutation FeedUrlCreate { createJobSchedule(input: { name: \"Feed URL\", specification: \"0 9 * * *\", location: \"UTC\", job: { jobType: BILLING_RUN } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedUrlRotate($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { url token } } }\n}"): (typeof documents)["mutation FeedUrlRotate($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { url token } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedRotateToken($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token } } }\n}"): (typeof documents)["mutation FeedRotateToken($id: ID!) {\n  rotateCalendarFeedToken(scheduleId: $id) { __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }"): (typeof documents)["mutation FeedCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}"): (typeof documents)["mutation FeedCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedSetCampaignSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } }\n}"): (typeof documents)["mutation FeedSetCampaignSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"The Weekly\", type: DIGITAL }) { __typename } }"): (typeof documents)["mutation FeedCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"The Weekly\", type: DIGITAL }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } }\n    }"): (typeof documents)["mutation FeedCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedUpcoming($id: ID!, $first: Int) { schedule(id: $id) { ... on Recurring { timeZone upcomingOccurrences(first: $first) { at localDateTime shifted } } } }"): (typeof documents)["query FeedUpcoming($id: ID!, $first: Int) { schedule(id: $id) { ... on Recurring { timeZone upcomingOccurrences(first: $first) { at localDateTime shifted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }"): (typeof documents)["mutation FeedDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedTemplateOf($id: ID!) { node(id: $id) { __typename ... on CampaignTemplateSchedule { campaignTemplate { id } } } }"): (typeof documents)["query FeedTemplateOf($id: ID!) { node(id: $id) { __typename ... on CampaignTemplateSchedule { campaignTemplate { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedDeleteCampaignSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }"): (typeof documents)["mutation FeedDeleteCampaignSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedScheduleReferenceOf($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference } } }"): (typeof documents)["query FeedScheduleReferenceOf($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedDeleteIssuing($s: String!) { deleteIssuingSchedule(productReference: \"FEED-DROP\", scheduleReference: $s) { __typename } }"): (typeof documents)["mutation FeedDeleteIssuing($s: String!) { deleteIssuingSchedule(productReference: \"FEED-DROP\", scheduleReference: $s) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedRotate($id: ID!) {\n    rotateCalendarFeedToken(scheduleId: $id) {\n      __typename\n      ... on MutationRotateCalendarFeedTokenSuccess { data { url token } }\n      ... on NotFoundError { message status }\n    }\n  }"): (typeof documents)["mutation FeedRotate($id: ID!) {\n    rotateCalendarFeedToken(scheduleId: $id) {\n      __typename\n      ... on MutationRotateCalendarFeedTokenSuccess { data { url token } }\n      ... on NotFoundError { message status }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CampaignTestSelector on Selector { type values interval }"): (typeof documents)["fragment CampaignTestSelector on Selector { type values interval }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CampaignTestScheduleFields on CampaignTemplateSchedule {\n  __typename id type months { ...CampaignTestSelector } days { ...CampaignTestSelector } hours { ...CampaignTestSelector } expiration\n  timeZoneId timeZone version createdAt updatedAt campaignTemplate { id version }\n}"): (typeof documents)["fragment CampaignTestScheduleFields on CampaignTemplateSchedule {\n  __typename id type months { ...CampaignTestSelector } days { ...CampaignTestSelector } hours { ...CampaignTestSelector } expiration\n  timeZoneId timeZone version createdAt updatedAt campaignTemplate { id version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignCreate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) {\n    __typename\n    ... on MutationCreateCampaignTemplateSuccess { data { __typename id name version schedule { id } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation CampaignCreate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) {\n    __typename\n    ... on MutationCreateCampaignTemplateSuccess { data { __typename id name version schedule { id } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignSet($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationSetCampaignTemplateScheduleSuccess { data { ...CampaignTestScheduleFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation CampaignSet($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationSetCampaignTemplateScheduleSuccess { data { ...CampaignTestScheduleFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignDelete($id: ID!) {\n  deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n    __typename\n    ... on MutationDeleteCampaignTemplateScheduleSuccess { data { __typename id version schedule { id } } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation CampaignDelete($id: ID!) {\n  deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n    __typename\n    ... on MutationDeleteCampaignTemplateScheduleSuccess { data { __typename id version schedule { id } } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignRead($id: ID!) {\n  campaignTemplate(id: $id) { __typename id name version schedule { ...CampaignTestScheduleFields } }\n}"): (typeof documents)["query CampaignRead($id: ID!) {\n  campaignTemplate(id: $id) { __typename id name version schedule { ...CampaignTestScheduleFields } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignOccurrences($id: ID!, $after: DateTime, $first: Int) {\n  campaignTemplate(id: $id) {\n    schedule {\n      upcomingOccurrences(after: $after, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}"): (typeof documents)["query CampaignOccurrences($id: ID!, $after: DateTime, $first: Int) {\n  campaignTemplate(id: $id) {\n    schedule {\n      upcomingOccurrences(after: $after, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignReadOnce($id: ID!) { campaignTemplate(id: $id) { name schedule { hours { values } upcomingOccurrences(first: 2) { at } } } }"): (typeof documents)["query CampaignReadOnce($id: ID!) { campaignTemplate(id: $id) { name schedule { hours { values } upcomingOccurrences(first: 2) { at } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CampaignOtherType {\n        createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }"): (typeof documents)["mutation CampaignOtherType {\n        createJobSchedule(input: { name: \"Nightly\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignList { schedules(kind: CAMPAIGN_TEMPLATE, first: 100) { edges { node { __typename ... on CampaignTemplateSchedule { id version type campaignTemplate { id } } } } } }"): (typeof documents)["query CampaignList { schedules(kind: CAMPAIGN_TEMPLATE, first: 100) { edges { node { __typename ... on CampaignTemplateSchedule { id version type campaignTemplate { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignByIdAndNode($id: ID!, $template: ID!) {\n        schedule(id: $id) { __typename ... on CampaignTemplateSchedule { id type timeZoneId } }\n        node(id: $id) { __typename id ... on Recurring { timeZone nextOccurrence { at } } }\n        template: node(id: $template) { __typename id ... on CampaignTemplate { schedule { id } } }\n      }"): (typeof documents)["query CampaignByIdAndNode($id: ID!, $template: ID!) {\n        schedule(id: $id) { __typename ... on CampaignTemplateSchedule { id type timeZoneId } }\n        node(id: $id) { __typename id ... on Recurring { timeZone nextOccurrence { at } } }\n        template: node(id: $template) { __typename id ... on CampaignTemplate { schedule { id } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CampaignAfterDelete($id: ID!, $s: ID!) { campaignTemplate(id: $id) { schedule { id } } schedule(id: $s) { __typename } node(id: $s) { id } }"): (typeof documents)["query CampaignAfterDelete($id: ID!, $s: ID!) { campaignTemplate(id: $id) { schedule { id } } schedule(id: $s) { __typename } node(id: $s) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id name version } } ... on Error { message } } }"): (typeof documents)["mutation CrashCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id name version } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { id name version } } ... on Error { message } } }"): (typeof documents)["mutation CrashUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { id name version } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { reference } } ... on Error { message } } }"): (typeof documents)["mutation CrashCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { reference } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { scheduleReference version } } ... on Error { message } } }"): (typeof documents)["mutation CrashCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { scheduleReference version } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation CrashCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id version campaignTemplate { version } } } ... on Error { message } } }"): (typeof documents)["mutation CrashSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id version campaignTemplate { version } } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashAllJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n  edges { node { __typename ... on JobSchedule { id name version } } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query CrashAllJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n  edges { node { __typename ... on JobSchedule { id name version } } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashProduct($ref: String!) { product(reference: $ref) { reference schedules { scheduleReference } } }"): (typeof documents)["query CrashProduct($ref: String!) { product(reference: $ref) { reference schedules { scheduleReference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashTemplate($id: ID!) { campaignTemplate(id: $id) { id version schedule { id } } }"): (typeof documents)["query CrashTemplate($id: ID!) { campaignTemplate(id: $id) { id version schedule { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashReadAgain($id: ID!) { schedule(id: $id) { __typename ... on JobSchedule { name nextOccurrence { at } } } }"): (typeof documents)["query CrashReadAgain($id: ID!) { schedule(id: $id) { __typename ... on JobSchedule { name nextOccurrence { at } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PrivateNetworksSetDelivery($id: ID!, $url: String!) {\n  setScheduleDelivery(scheduleId: $id, input: { url: $url, maxAttempts: 1 }) {\n    __typename\n    ... on ValidationError { fieldErrors { path message } }\n    ... on Error { message }\n  }\n}"): (typeof documents)["mutation PrivateNetworksSetDelivery($id: ID!, $url: String!) {\n  setScheduleDelivery(scheduleId: $id, input: { url: $url, maxAttempts: 1 }) {\n    __typename\n    ... on ValidationError { fieldErrors { path message } }\n    ... on Error { message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrivateNetworksRun($id: ID!) {\n  node(id: $id) { ... on Run { state failureReason attempts { number httpStatus error } } }\n}"): (typeof documents)["query PrivateNetworksRun($id: ID!) {\n  node(id: $id) { ... on Run { state failureReason attempts { number httpStatus error } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliverySet($id: ID!, $input: DeliveryInput!) {\n  setScheduleDelivery(scheduleId: $id, input: $input) {\n    __typename\n    ... on MutationSetScheduleDeliverySuccess { data { secret delivery { url overlapPolicy catchUpWindowSeconds maxAttempts disabledAt disabledReason } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation DeliverySet($id: ID!, $input: DeliveryInput!) {\n  setScheduleDelivery(scheduleId: $id, input: $input) {\n    __typename\n    ... on MutationSetScheduleDeliverySuccess { data { secret delivery { url overlapPolicy catchUpWindowSeconds maxAttempts disabledAt disabledReason } } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRotate($id: ID!) {\n  rotateDeliverySecret(scheduleId: $id) {\n    __typename\n    ... on MutationRotateDeliverySecretSuccess { data { secret delivery { url } } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation DeliveryRotate($id: ID!) {\n  rotateDeliverySecret(scheduleId: $id) {\n    __typename\n    ... on MutationRotateDeliverySecretSuccess { data { secret delivery { url } } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRemove($id: ID!) {\n  removeScheduleDelivery(scheduleId: $id) {\n    __typename\n    ... on MutationRemoveScheduleDeliverySuccess { data { __typename ... on JobSchedule { id delivery { url } } } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation DeliveryRemove($id: ID!) {\n  removeScheduleDelivery(scheduleId: $id) {\n    __typename\n    ... on MutationRemoveScheduleDeliverySuccess { data { __typename ... on JobSchedule { id delivery { url } } } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeliveryRetry($id: ID!) {\n  retryRun(runId: $id) {\n    __typename\n    ... on MutationRetryRunSuccess { data { id state failureReason } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation DeliveryRetry($id: ID!) {\n  retryRun(runId: $id) {\n    __typename\n    ... on MutationRetryRunSuccess { data { id state failureReason } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryRun($id: ID!) {\n  node(id: $id) { ... on Run {\n    id state failureReason deliveredAt origin\n    attempts { number startedAt durationMs httpStatus error responseExcerpt }\n  } }\n}"): (typeof documents)["query DeliveryRun($id: ID!) {\n  node(id: $id) { ... on Run {\n    id state failureReason deliveredAt origin\n    attempts { number startedAt durationMs httpStatus error responseExcerpt }\n  } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeliveryOf($id: ID!) {\n  node(id: $id) { ... on Recurring { delivery { url disabledAt disabledReason overlapPolicy } } }\n}"): (typeof documents)["query DeliveryOf($id: ID!) {\n  node(id: $id) { ... on Recurring { delivery { url disabledAt disabledReason overlapPolicy } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ... on Error { message status } } }"): (typeof documents)["mutation ParityCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ... on Error { message status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ParityReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName } } }"): (typeof documents)["query ParityReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) { __typename ... on Error { message status } } }"): (typeof documents)["mutation ParityCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) { __typename ... on Error { message status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ParityCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }"): (typeof documents)["mutation ParityCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FuzzErrorFields on Error { message code status ... on ValidationError { fieldErrors { path message } } }"): (typeof documents)["fragment FuzzErrorFields on Error { message code status ... on ValidationError { fieldErrors { path message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FuzzJobFields on JobSchedule { id name specification location externalRef job { jobType } version timeZone scheduledFor { at } }"): (typeof documents)["fragment FuzzJobFields on JobSchedule { id name specification location externalRef job { jobType } version timeZone scheduledFor { at } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzUpdateJob($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateJobScheduleSuccess { data { ...FuzzJobFields } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzDeleteJob($id: ID!) { deleteJobSchedule(id: $id) {\n  __typename ... on MutationDeleteJobScheduleSuccess { data } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzDeleteJob($id: ID!) { deleteJobSchedule(id: $id) {\n  __typename ... on MutationDeleteJobScheduleSuccess { data } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FuzzProductFields on Product { reference name type version schedules { scheduleReference } }"): (typeof documents)["fragment FuzzProductFields on Product { reference name type version schedules { scheduleReference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on MutationCreateProductSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FuzzIssuingFields on IssuingSchedule { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version\n  dailySchedule { issuingTime } monthlySchedule { issuingDay issuingTime } annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime } irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate } nextOccurrence { at } }"): (typeof documents)["fragment FuzzIssuingFields on IssuingSchedule { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version\n  dailySchedule { issuingTime } monthlySchedule { issuingDay issuingTime } annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime } irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate } nextOccurrence { at } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzCreateIssuing($ref: String!, $input: IssuingScheduleInput!) { createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationUpdateIssuingScheduleSuccess { data { ...FuzzIssuingFields } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzDeleteIssuing($ref: String!, $sref: String!) { deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n  __typename ... on MutationDeleteIssuingScheduleSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzDeleteIssuing($ref: String!, $sref: String!) { deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n  __typename ... on MutationDeleteIssuingScheduleSuccess { data { ...FuzzProductFields } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FuzzSelector on Selector { type values interval }"): (typeof documents)["fragment FuzzSelector on Selector { type values interval }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzCreateTemplate($input: CreateCampaignTemplateInput!) { createCampaignTemplate(input: $input) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data {\n    id type timeZoneId timeZone version months { ...FuzzSelector } days { ...FuzzSelector } hours { ...FuzzSelector } expiration\n    campaignTemplate { id version } nextOccurrence { at }\n  } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!, $expectedVersion: Int) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input, expectedVersion: $expectedVersion) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data {\n    id type timeZoneId timeZone version months { ...FuzzSelector } days { ...FuzzSelector } hours { ...FuzzSelector } expiration\n    campaignTemplate { id version } nextOccurrence { at }\n  } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzDeleteTemplateSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n  __typename ... on MutationDeleteCampaignTemplateScheduleSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzDeleteTemplateSchedule($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) {\n  __typename ... on MutationDeleteCampaignTemplateScheduleSuccess { data { id name version schedule { id } } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzRotateFeed($id: ID!) { rotateCalendarFeedToken(scheduleId: $id) {\n  __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token url } } ...FuzzErrorFields } }"): (typeof documents)["mutation FuzzRotateFeed($id: ID!) { rotateCalendarFeedToken(scheduleId: $id) {\n  __typename ... on MutationRotateCalendarFeedTokenSuccess { data { token url } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzPreview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } } ...FuzzErrorFields } }"): (typeof documents)["query FuzzPreview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } } ...FuzzErrorFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzReadPage($kind: ScheduleKind, $first: Int, $after: String, $oAfter: DateTime, $oUntil: DateTime, $oFirst: Int, $start: DateTime!, $id: ID!, $ref: String!) {\n  schedules(kind: $kind, first: $first, after: $after) {\n    edges { cursor node { __typename ... on Recurring { timeZone upcomingOccurrences(after: $oAfter, until: $oUntil, first: $oFirst) { at } nextOccurrence(after: $oAfter) { at } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n  node(id: $id) { __typename id }\n  product(reference: $ref) { reference schedules { scheduleReference issuesForEntitlement(start: $start, first: $oFirst) { at } } }\n}"): (typeof documents)["query FuzzReadPage($kind: ScheduleKind, $first: Int, $after: String, $oAfter: DateTime, $oUntil: DateTime, $oFirst: Int, $start: DateTime!, $id: ID!, $ref: String!) {\n  schedules(kind: $kind, first: $first, after: $after) {\n    edges { cursor node { __typename ... on Recurring { timeZone upcomingOccurrences(after: $oAfter, until: $oUntil, first: $oFirst) { at } nextOccurrence(after: $oAfter) { at } } } }\n    pageInfo { hasNextPage endCursor }\n  }\n  node(id: $id) { __typename id }\n  product(reference: $ref) { reference schedules { scheduleReference issuesForEntitlement(start: $start, first: $oFirst) { at } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzStoredJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n          edges { node { __typename ... on JobSchedule { id name specification location externalRef job { jobType } version } } }\n          pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query FuzzStoredJobs($after: String) { schedules(kind: JOB, first: 100, after: $after) {\n          edges { node { __typename ... on JobSchedule { id name specification location externalRef job { jobType } version } } }\n          pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzStoredProduct($ref: String!) {\n          product(reference: $ref) { reference name type schedules { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version } }\n        }"): (typeof documents)["query FuzzStoredProduct($ref: String!) {\n          product(reference: $ref) { reference name type schedules { id scheduleReference friendlyName entitlementFormat scheduleType timeZone version } }\n        }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzStoredTemplate($id: ID!) { campaignTemplate(id: $id) { id name version schedule { id type timeZoneId version } } }"): (typeof documents)["query FuzzStoredTemplate($id: ID!) { campaignTemplate(id: $id) { id name version schedule { id type timeZoneId version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FuzzNodeId($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query FuzzNodeId($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HardeningFeedOwner {\n        createJobSchedule(input: { name: \"feed owner\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id } }\n        }\n      }"): (typeof documents)["mutation HardeningFeedOwner {\n        createJobSchedule(input: { name: \"feed owner\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HardeningCertAdminRotates($id: ID!) {\n        a: createCampaignTemplate(input: { name: \"cert admin's\" }) { __typename } b: rotateCalendarFeedToken(scheduleId: $id) { __typename }\n      }"): (typeof documents)["mutation HardeningCertAdminRotates($id: ID!) {\n        a: createCampaignTemplate(input: { name: \"cert admin's\" }) { __typename } b: rotateCalendarFeedToken(scheduleId: $id) { __typename }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HardeningFaultAfterWrite {\n        a: createJobSchedule(input: { name: \"written before a fault\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id name } }\n        }\n        b: createIssuingSchedule(productReference: \"HALF-BROKEN\", input: { friendlyName: \"written too\", entitlementFormat: \"EPUB\", scheduleType: \"none\" }) {\n          ... on MutationCreateIssuingScheduleSuccess { data { product { schedules { upcomingOccurrences(first: 1) { at } } } } }\n        }\n      }"): (typeof documents)["mutation HardeningFaultAfterWrite {\n        a: createJobSchedule(input: { name: \"written before a fault\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n          __typename ... on MutationCreateJobScheduleSuccess { data { id name } }\n        }\n        b: createIssuingSchedule(productReference: \"HALF-BROKEN\", input: { friendlyName: \"written too\", entitlementFormat: \"EPUB\", scheduleType: \"none\" }) {\n          ... on MutationCreateIssuingScheduleSuccess { data { product { schedules { upcomingOccurrences(first: 1) { at } } } } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HardeningTypedError { createJobSchedule(input: { name: \"x\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on Error { code status } } }"): (typeof documents)["mutation HardeningTypedError { createJobSchedule(input: { name: \"x\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on Error { code status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuingCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference } } }\n}"): (typeof documents)["mutation IssuingCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuingCreate($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference timeZone } }\n    ... on Error { message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation IssuingCreate($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference timeZone } }\n    ... on Error { message }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuingOccurrences($ref: String!, $after: DateTime, $until: DateTime, $first: Int) {\n  product(reference: $ref) {\n    schedules {\n      friendlyName\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}"): (typeof documents)["query IssuingOccurrences($ref: String!, $after: DateTime, $until: DateTime, $first: Int) {\n  product(reference: $ref) {\n    schedules {\n      friendlyName\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at localDateTime shifted }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuingIssues($ref: String!, $start: DateTime!, $first: Int) {\n  product(reference: $ref) {\n    schedules(first: 1) { friendlyName issuesForEntitlement(start: $start, first: $first) { at localDateTime shifted } }\n  }\n}"): (typeof documents)["query IssuingIssues($ref: String!, $start: DateTime!, $first: Int) {\n  product(reference: $ref) {\n    schedules(first: 1) { friendlyName issuesForEntitlement(start: $start, first: $first) { at localDateTime shifted } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuingIds($ref: String!) { product(reference: $ref) { schedules { id scheduleReference } } }"): (typeof documents)["query IssuingIds($ref: String!) { product(reference: $ref) { schedules { id scheduleReference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuingList { schedules(kind: ISSUING, first: 100) { edges { node { __typename ... on IssuingSchedule { id } } } } }"): (typeof documents)["query IssuingList { schedules(kind: ISSUING, first: 100) { edges { node { __typename ... on IssuingSchedule { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuingNode($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference product { reference } } } }"): (typeof documents)["query IssuingNode($id: ID!) { node(id: $id) { __typename ... on IssuingSchedule { scheduleReference product { reference } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IssuingProductVersion($ref: String!) { product(reference: $ref) { version schedules { scheduleReference } } }"): (typeof documents)["query IssuingProductVersion($ref: String!) { product(reference: $ref) { version schedules { scheduleReference } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuingUpdate($ref: String!, $s: String!, $input: IssuingScheduleInput!) {\n        updateIssuingSchedule(productReference: $ref, scheduleReference: $s, input: $input) { __typename }\n      }"): (typeof documents)["mutation IssuingUpdate($ref: String!, $s: String!, $input: IssuingScheduleInput!) {\n        updateIssuingSchedule(productReference: $ref, scheduleReference: $s, input: $input) { __typename }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssuingDelete($ref: String!, $s: String!) {\n        deleteIssuingSchedule(productReference: $ref, scheduleReference: $s) {\n          __typename ... on MutationDeleteIssuingScheduleSuccess { data { version schedules { scheduleReference } } }\n        }\n      }"): (typeof documents)["mutation IssuingDelete($ref: String!, $s: String!) {\n        deleteIssuingSchedule(productReference: $ref, scheduleReference: $s) {\n          __typename ... on MutationDeleteIssuingScheduleSuccess { data { version schedules { scheduleReference } } }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobTestFields on JobSchedule {\n  __typename id name specification location externalRef job { jobType } version createdAt updatedAt timeZone\n  scheduledFor { at localDateTime shifted }\n}"): (typeof documents)["fragment JobTestFields on JobSchedule {\n  __typename id name specification location externalRef job { jobType } version createdAt updatedAt timeZone\n  scheduledFor { at localDateTime shifted }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation JobCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobUpdate($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation JobUpdate($id: ID!, $input: JobScheduleInput!, $expectedVersion: Int) {\n  updateJobSchedule(id: $id, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateJobScheduleSuccess { data { ...JobTestFields } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobDelete($id: ID!) {\n  deleteJobSchedule(id: $id) {\n    __typename\n    ... on MutationDeleteJobScheduleSuccess { data }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation JobDelete($id: ID!) {\n  deleteJobSchedule(id: $id) {\n    __typename\n    ... on MutationDeleteJobScheduleSuccess { data }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobZoneHints($job: JobSpecInput!, $campaign: CampaignTemplateScheduleInput!, $issuing: IssuingScheduleInput!) {\n        job: previewOccurrences(spec: { job: $job }) { ... on ValidationError { fieldErrors { path message } } }\n        campaign: previewOccurrences(spec: { campaignTemplate: $campaign }) { ... on ValidationError { fieldErrors { path message } } }\n        issuing: previewOccurrences(spec: { issuing: $issuing }) { ... on ValidationError { fieldErrors { path message } } }\n      }"): (typeof documents)["query JobZoneHints($job: JobSpecInput!, $campaign: CampaignTemplateScheduleInput!, $issuing: IssuingScheduleInput!) {\n        job: previewOccurrences(spec: { job: $job }) { ... on ValidationError { fieldErrors { path message } } }\n        campaign: previewOccurrences(spec: { campaignTemplate: $campaign }) { ... on ValidationError { fieldErrors { path message } } }\n        issuing: previewOccurrences(spec: { issuing: $issuing }) { ... on ValidationError { fieldErrors { path message } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobByIdAndNode($id: ID!) {\n        schedule(id: $id) { __typename ... on JobSchedule { id name job { jobType } } }\n        node(id: $id) { __typename id ... on Recurring { timeZone } }\n      }"): (typeof documents)["query JobByIdAndNode($id: ID!) {\n        schedule(id: $id) { __typename ... on JobSchedule { id name job { jobType } } }\n        node(id: $id) { __typename id ... on Recurring { timeZone } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobUnknownIds { a: schedule(id: \"Sm9iU2NoZWR1bGU6bm9uZQ\") { __typename } b: schedule(id: \"%%%\") { __typename } }"): (typeof documents)["query JobUnknownIds { a: schedule(id: \"Sm9iU2NoZWR1bGU6bm9uZQ\") { __typename } b: schedule(id: \"%%%\") { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobPage($after: String) { schedules(kind: JOB, first: 2, after: $after) {\n          edges { cursor node { __typename ... on JobSchedule { id name } } } pageInfo { hasNextPage endCursor } } }"): (typeof documents)["query JobPage($after: String) { schedules(kind: JOB, first: 2, after: $after) {\n          edges { cursor node { __typename ... on JobSchedule { id name } } } pageInfo { hasNextPage endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobPageTooLarge { schedules(first: 101) { edges { cursor } } }"): (typeof documents)["query JobPageTooLarge { schedules(first: 101) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobForeignCursor { schedules(first: 1, after: \"nonsense\") { edges { cursor } } }"): (typeof documents)["query JobForeignCursor { schedules(first: 1, after: \"nonsense\") { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobFirstCursor { schedules(first: 1) { edges { cursor } } }"): (typeof documents)["query JobFirstCursor { schedules(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobForgedCursor($after: String) { schedules(first: 2, after: $after) { edges { cursor } } }"): (typeof documents)["query JobForgedCursor($after: String) { schedules(first: 2, after: $after) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobNameAndVersion($id: ID!) { node(id: $id) { __typename ... on JobSchedule { name version } } }"): (typeof documents)["query JobNameAndVersion($id: ID!) { node(id: $id) { __typename ... on JobSchedule { name version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobAfterDelete($id: ID!) { schedule(id: $id) { __typename } }"): (typeof documents)["query JobAfterDelete($id: ID!) { schedule(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobOccurrences($id: ID!, $after: DateTime, $until: DateTime, $first: Int) {\n    node(id: $id) { __typename ... on JobSchedule {\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at }\n    } }\n  }"): (typeof documents)["query JobOccurrences($id: ID!, $after: DateTime, $until: DateTime, $first: Int) {\n    node(id: $id) { __typename ... on JobSchedule {\n      upcomingOccurrences(after: $after, until: $until, first: $first) { at localDateTime shifted }\n      nextOccurrence(after: $after) { at }\n    } }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobNeverFires($id: ID!) {\n        node(id: $id) { __typename ... on JobSchedule { scheduledFor { at } upcomingOccurrences(first: 1000) { at } nextOccurrence { at } } }\n      }"): (typeof documents)["query JobNeverFires($id: ID!) {\n        node(id: $id) { __typename ... on JobSchedule { scheduledFor { at } upcomingOccurrences(first: 1000) { at } nextOccurrence { at } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsRead { schedules(first: 1) { edges { cursor } } }"): (typeof documents)["query LimitsRead { schedules(first: 1) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsCreateJob($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1000) { at } } } } }"): (typeof documents)["mutation LimitsCreateJob($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1000) { at } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsWithinCost { schedules(first: 20) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }"): (typeof documents)["query LimitsWithinCost { schedules(first: 20) { edges { node { ... on Recurring { upcomingOccurrences(first: 1000) { at } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsCreateProduct { createProduct(input: { reference: \"COST-1\", name: \"Costly\", type: DIGITAL }) { __typename } }"): (typeof documents)["mutation LimitsCreateProduct { createProduct(input: { reference: \"COST-1\", name: \"Costly\", type: DIGITAL }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsCreateIssuing($input: IssuingScheduleInput!) { createIssuingSchedule(productReference: \"COST-1\", input: $input) { __typename } }"): (typeof documents)["mutation LimitsCreateIssuing($input: IssuingScheduleInput!) { createIssuingSchedule(productReference: \"COST-1\", input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsPagedSchedules { product(reference: \"COST-1\") { schedules(first: 2) { friendlyName upcomingOccurrences(first: 1000) { at } } } }"): (typeof documents)["query LimitsPagedSchedules { product(reference: \"COST-1\") { schedules(first: 2) { friendlyName upcomingOccurrences(first: 1000) { at } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LimitsJobToCorrupt($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n        __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1) { at } } } } }"): (typeof documents)["mutation LimitsJobToCorrupt($name: String!) { createJobSchedule(input: { name: $name, specification: \"0 1 * * *\", job: { jobType: IMPORT } }) {\n        __typename ... on MutationCreateJobScheduleSuccess { data { id upcomingOccurrences(first: 1) { at } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsCorruptedRead($id: ID!) { node(id: $id) { ... on JobSchedule { nextOccurrence { at } } } }"): (typeof documents)["query LimitsCorruptedRead($id: ID!) { node(id: $id) { ... on JobSchedule { nextOccurrence { at } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NamesTestErrors on Error { __typename message code status ... on ValidationError { fieldErrors { path message } } }"): (typeof documents)["fragment NamesTestErrors on Error { __typename message code status ... on ValidationError { fieldErrors { path message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ...NamesTestErrors }\n}"): (typeof documents)["mutation NamesCreateProduct($input: CreateProductInput!) {\n  createProduct(input: $input) { __typename ... on MutationCreateProductSuccess { data { reference name } } ...NamesTestErrors }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { friendlyName entitlementFormat product { reference } } } ...NamesTestErrors\n  }\n}"): (typeof documents)["mutation NamesCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { friendlyName entitlementFormat product { reference } } } ...NamesTestErrors\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { name externalRef } } ...NamesTestErrors }\n}"): (typeof documents)["mutation NamesCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { name externalRef } } ...NamesTestErrors }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NamesCreateTemplate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { name } } ...NamesTestErrors }\n}"): (typeof documents)["mutation NamesCreateTemplate($input: CreateCampaignTemplateInput!) {\n  createCampaignTemplate(input: $input) { __typename ... on MutationCreateCampaignTemplateSuccess { data { name } } ...NamesTestErrors }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName entitlementFormat } } }"): (typeof documents)["query NamesReadProduct($ref: String!) { product(reference: $ref) { reference name schedules { friendlyName entitlementFormat } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NamesJobs { schedules(first: 100, kind: JOB) { edges { node { __typename ... on JobSchedule { name } } } } }"): (typeof documents)["query NamesJobs { schedules(first: 100, kind: JOB) { edges { node { __typename ... on JobSchedule { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsCreateJob($input: JobScheduleInput!) {\n    createJobSchedule(input: $input) {\n      __typename\n      ... on MutationCreateJobScheduleSuccess {\n        data {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsCreateJob($input: JobScheduleInput!) {\n    createJobSchedule(input: $input) {\n      __typename\n      ... on MutationCreateJobScheduleSuccess {\n        data {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsRunNow($scheduleId: ID!) {\n    runNow(scheduleId: $scheduleId) {\n      __typename\n      ... on MutationRunNowSuccess {\n        data {\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsRunNow($scheduleId: ID!) {\n    runNow(scheduleId: $scheduleId) {\n      __typename\n      ... on MutationRunNowSuccess {\n        data {\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Preview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename\n    ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } }\n    ... on ValidationError { message status fieldErrors { path message } }\n  }\n}"): (typeof documents)["query Preview($spec: ScheduleSpecInput!, $after: DateTime, $until: DateTime, $first: Int) {\n  previewOccurrences(spec: $spec, after: $after, until: $until, first: $first) {\n    __typename\n    ... on QueryPreviewOccurrencesSuccess { data { at localDateTime shifted } }\n    ... on ValidationError { message status fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductTestScheduleFields on IssuingSchedule {\n  id scheduleReference entitlementFormat friendlyName scheduleType\n  dailySchedule { issuingTime }\n  monthlySchedule { issuingDay issuingTime }\n  annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime }\n  irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate }\n  timeZone version\n}"): (typeof documents)["fragment ProductTestScheduleFields on IssuingSchedule {\n  id scheduleReference entitlementFormat friendlyName scheduleType\n  dailySchedule { issuingTime }\n  monthlySchedule { issuingDay issuingTime }\n  annualSchedule { issuingMonth issuingDay issuingTime }\n  customSchedule { issuingUnit frequency startDate issuingTime }\n  irregularSchedule nonIssuingDates issuePriorToStart\n  entitlementEnds { afterIssues onDate }\n  timeZone version\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductCreate($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    __typename\n    ... on MutationCreateProductSuccess { data { id reference name type version schedules { id } } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation ProductCreate($input: CreateProductInput!) {\n  createProduct(input: $input) {\n    __typename\n    ... on MutationCreateProductSuccess { data { id reference name type version schedules { id } } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation ProductCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n    __typename\n    ... on MutationCreateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation ProductUpdateIssuing($ref: String!, $sref: String!, $input: IssuingScheduleInput!, $expectedVersion: Int) {\n  updateIssuingSchedule(productReference: $ref, scheduleReference: $sref, input: $input, expectedVersion: $expectedVersion) {\n    __typename\n    ... on MutationUpdateIssuingScheduleSuccess { data { ...ProductTestScheduleFields } }\n    ... on Error { message code status } ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProductDeleteIssuing($ref: String!, $sref: String!) {\n  deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n    __typename\n    ... on MutationDeleteIssuingScheduleSuccess { data { reference schedules { scheduleReference } } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation ProductDeleteIssuing($ref: String!, $sref: String!) {\n  deleteIssuingSchedule(productReference: $ref, scheduleReference: $sref) {\n    __typename\n    ... on MutationDeleteIssuingScheduleSuccess { data { reference schedules { scheduleReference } } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProductRead($ref: String!) { product(reference: $ref) { reference type schedules { ...ProductTestScheduleFields } } }"): (typeof documents)["query ProductRead($ref: String!) { product(reference: $ref) { reference type schedules { ...ProductTestScheduleFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription RunEvents($scheduleId: ID) {\n  runEvents(scheduleId: $scheduleId) {\n    id origin state createdAt occurrence { at }\n    schedule { __typename ... on JobSchedule { id } }\n  }\n}"): (typeof documents)["subscription RunEvents($scheduleId: ID) {\n  runEvents(scheduleId: $scheduleId) {\n    id origin state createdAt occurrence { at }\n    schedule { __typename ... on JobSchedule { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsDstCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation RunsDstCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsDstCreateTemplate($name: String!) { createCampaignTemplate(input: { name: $name }) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation RunsDstCreateTemplate($name: String!) { createCampaignTemplate(input: { name: $name }) {\n  __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsDstSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation RunsDstSetTemplateSchedule($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n  __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsDstCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on Error { message } } }"): (typeof documents)["mutation RunsDstCreateProduct($input: CreateProductInput!) { createProduct(input: $input) {\n  __typename ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsDstCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation RunsDstCreateIssuing($ref: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $ref, input: $input) {\n  __typename ... on MutationCreateIssuingScheduleSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsDstUpcoming($id: ID!, $after: DateTime!, $until: DateTime!) { node(id: $id) {\n  __typename ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }"): (typeof documents)["query RunsDstUpcoming($id: ID!, $after: DateTime!, $until: DateTime!) { node(id: $id) {\n  __typename ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsDstRuns($id: ID!, $after: String) { node(id: $id) { __typename ... on Recurring {\n  runs(first: 100, after: $after) {\n    edges { node { occurrence { at localDateTime shifted } origin state skipReason createdAt } }\n    pageInfo { hasNextPage endCursor } } } } }"): (typeof documents)["query RunsDstRuns($id: ID!, $after: String) { node(id: $id) { __typename ... on Recurring {\n  runs(first: 100, after: $after) {\n    edges { node { occurrence { at localDateTime shifted } origin state skipReason createdAt } }\n    pageInfo { hasNextPage endCursor } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsDstNewest { runs(first: 10) { edges { node { occurrence { at } } } } }"): (typeof documents)["query RunsDstNewest { runs(first: 10) { edges { node { occurrence { at } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsEditsUpdate($id: ID!, $input: JobScheduleInput!) {\n  updateJobSchedule(id: $id, input: $input) { __typename ... on MutationUpdateJobScheduleSuccess { data { id specification } } }\n}"): (typeof documents)["mutation RunsEditsUpdate($id: ID!, $input: JobScheduleInput!) {\n  updateJobSchedule(id: $id, input: $input) { __typename ... on MutationUpdateJobScheduleSuccess { data { id specification } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } }\n}"): (typeof documents)["mutation RunsFixtureCreateJob($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }"): (typeof documents)["mutation RunsFixtureDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}"): (typeof documents)["mutation RunsFixtureCreateTemplate($name: String!) {\n  createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n    __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message }\n  }\n}"): (typeof documents)["mutation RunsFixtureSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n  setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) {\n    __typename ... on MutationSetCampaignTemplateScheduleSuccess { data { id } } ... on Error { message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureDeleteCampaign($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }"): (typeof documents)["mutation RunsFixtureDeleteCampaign($id: ID!) { deleteCampaignTemplateSchedule(campaignTemplateId: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureCreateProduct($reference: String!) {\n  createProduct(input: { reference: $reference, name: \"Runs weekly\", type: DIGITAL }) { __typename }\n}"): (typeof documents)["mutation RunsFixtureCreateProduct($reference: String!) {\n  createProduct(input: { reference: $reference, name: \"Runs weekly\", type: DIGITAL }) { __typename }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $reference, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference } } ... on Error { message }\n  }\n}"): (typeof documents)["mutation RunsFixtureCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n  createIssuingSchedule(productReference: $reference, input: $input) {\n    __typename ... on MutationCreateIssuingScheduleSuccess { data { id scheduleReference } } ... on Error { message }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureDeleteIssuing($product: String!, $schedule: String!) {\n  deleteIssuingSchedule(productReference: $product, scheduleReference: $schedule) { __typename }\n}"): (typeof documents)["mutation RunsFixtureDeleteIssuing($product: String!, $schedule: String!) {\n  deleteIssuingSchedule(productReference: $product, scheduleReference: $schedule) { __typename }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RunsFixtureRun on Run {\n  id origin state skipReason createdAt deliveredAt attempts { number }\n  occurrence { at localDateTime shifted }\n  schedule { __typename ... on JobSchedule { id } ... on CampaignTemplateSchedule { id } ... on IssuingSchedule { id } }\n}"): (typeof documents)["fragment RunsFixtureRun on Run {\n  id origin state skipReason createdAt deliveredAt attempts { number }\n  occurrence { at localDateTime shifted }\n  schedule { __typename ... on JobSchedule { id } ... on CampaignTemplateSchedule { id } ... on IssuingSchedule { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsFixturePage($scheduleId: ID, $state: RunState, $first: Int, $after: String) {\n  runs(scheduleId: $scheduleId, state: $state, first: $first, after: $after) {\n    edges { cursor node { ...RunsFixtureRun } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}"): (typeof documents)["query RunsFixturePage($scheduleId: ID, $state: RunState, $first: Int, $after: String) {\n  runs(scheduleId: $scheduleId, state: $state, first: $first, after: $after) {\n    edges { cursor node { ...RunsFixtureRun } }\n    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RunsFixtureState on Recurring { paused pausedAt pauseNote }"): (typeof documents)["fragment RunsFixtureState on Recurring { paused pausedAt pauseNote }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixturePause($id: ID!, $note: String) {\n  pauseSchedule(scheduleId: $id, note: $note) {\n    __typename\n    ... on MutationPauseScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation RunsFixturePause($id: ID!, $note: String) {\n  pauseSchedule(scheduleId: $id, note: $note) {\n    __typename\n    ... on MutationPauseScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureResume($id: ID!, $catchUp: CatchUp) {\n  resumeSchedule(scheduleId: $id, catchUp: $catchUp) {\n    __typename\n    ... on MutationResumeScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation RunsFixtureResume($id: ID!, $catchUp: CatchUp) {\n  resumeSchedule(scheduleId: $id, catchUp: $catchUp) {\n    __typename\n    ... on MutationResumeScheduleSuccess { data {\n      __typename\n      ... on JobSchedule { id version ...RunsFixtureState }\n      ... on CampaignTemplateSchedule { id version ...RunsFixtureState }\n      ... on IssuingSchedule { id version ...RunsFixtureState }\n    } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"): (typeof documents)["mutation RunsFixtureBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n    ... on Error { message code status }\n    ... on ValidationError { fieldErrors { path message } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsFixtureRunNow($id: ID!) {\n  runNow(scheduleId: $id) {\n    __typename\n    ... on MutationRunNowSuccess { data { ...RunsFixtureRun } }\n    ... on Error { message code status }\n  }\n}"): (typeof documents)["mutation RunsFixtureRunNow($id: ID!) {\n  runNow(scheduleId: $id) {\n    __typename\n    ... on MutationRunNowSuccess { data { ...RunsFixtureRun } }\n    ... on Error { message code status }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsFixtureScheduleState($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { version ...RunsFixtureState }\n    ... on CampaignTemplateSchedule { version ...RunsFixtureState }\n    ... on IssuingSchedule { version ...RunsFixtureState }\n  }\n}"): (typeof documents)["query RunsFixtureScheduleState($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { version ...RunsFixtureState }\n    ... on CampaignTemplateSchedule { version ...RunsFixtureState }\n    ... on IssuingSchedule { version ...RunsFixtureState }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsHistoryOfSchedule($id: ID!, $state: RunState, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Recurring {\n      runs(state: $state, first: $first, after: $after) {\n        edges { cursor node { id origin state occurrence { at } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}"): (typeof documents)["query RunsHistoryOfSchedule($id: ID!, $state: RunState, $first: Int, $after: String) {\n  node(id: $id) {\n    __typename\n    ... on Recurring {\n      runs(state: $state, first: $first, after: $after) {\n        edges { cursor node { id origin state occurrence { at } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsHistoryNode($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Run {\n      origin state skipReason createdAt deliveredAt attempts { number }\n      occurrence { at localDateTime shifted }\n      schedule { __typename ... on JobSchedule { id name } }\n    }\n  }\n}"): (typeof documents)["query RunsHistoryNode($id: ID!) {\n  node(id: $id) {\n    __typename\n    id\n    ... on Run {\n      origin state skipReason createdAt deliveredAt attempts { number }\n      occurrence { at localDateTime shifted }\n      schedule { __typename ... on JobSchedule { id name } }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsHistoryCostlyPage($first: Int, $after: String) {\n      runs(first: $first, after: $after) {\n        edges { cursor node {\n          id origin state skipReason createdAt attempts { number } occurrence { at localDateTime shifted }\n          schedule {\n            __typename\n            ... on Recurring { timeZone paused pausedAt pauseNote nextOccurrence { at } }\n            ... on JobSchedule { id name version }\n            ... on CampaignTemplateSchedule { id type version campaignTemplate { id name } }\n            ... on IssuingSchedule { id friendlyName version product { reference } }\n          }\n        } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }"): (typeof documents)["query RunsHistoryCostlyPage($first: Int, $after: String) {\n      runs(first: $first, after: $after) {\n        edges { cursor node {\n          id origin state skipReason createdAt attempts { number } occurrence { at localDateTime shifted }\n          schedule {\n            __typename\n            ... on Recurring { timeZone paused pausedAt pauseNote nextOccurrence { at } }\n            ... on JobSchedule { id name version }\n            ... on CampaignTemplateSchedule { id type version campaignTemplate { id name } }\n            ... on IssuingSchedule { id friendlyName version product { reference } }\n          }\n        } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsHistoryDeleted($id: ID!) {\n  node(id: $id) { __typename ... on Run { id origin occurrence { at } schedule { __typename } } }\n}"): (typeof documents)["query RunsHistoryDeleted($id: ID!) {\n  node(id: $id) { __typename ... on Run { id origin occurrence { at } schedule { __typename } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsInsertCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { id } }\n  }\n}"): (typeof documents)["mutation RunsInsertCreate($input: JobScheduleInput!) {\n  createJobSchedule(input: $input) {\n    __typename\n    ... on MutationCreateJobScheduleSuccess { data { id } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsInsertBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n  }\n}"): (typeof documents)["mutation RunsInsertBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n    __typename\n    ... on MutationBackfillRunsSuccess { data { created alreadyPresent } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsInsertOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } }\n  }\n}"): (typeof documents)["query RunsInsertOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsInsertRuns($id: ID!, $state: RunState, $cursor: String) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule {\n      runs(state: $state, first: 100, after: $cursor) {\n        edges { node { origin state skipReason occurrence { at localDateTime shifted } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}"): (typeof documents)["query RunsInsertRuns($id: ID!, $state: RunState, $cursor: String) {\n  node(id: $id) {\n    __typename\n    ... on JobSchedule {\n      runs(state: $state, first: 100, after: $cursor) {\n        edges { node { origin state skipReason occurrence { at localDateTime shifted } } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LargeBatchesCreate($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation LargeBatchesCreate($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LargeBatchesBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n  __typename ... on MutationBackfillRunsSuccess { data { created alreadyPresent } } ... on Error { message } } }"): (typeof documents)["mutation LargeBatchesBackfill($id: ID!, $after: DateTime!, $until: DateTime!) {\n  backfillRuns(scheduleId: $id, after: $after, until: $until) {\n  __typename ... on MutationBackfillRunsSuccess { data { created alreadyPresent } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LargeBatchesRuns($id: ID!) { runs(scheduleId: $id, first: 3) {\n  edges { node { origin state occurrence { at } } } pageInfo { hasNextPage } } }"): (typeof documents)["query LargeBatchesRuns($id: ID!) { runs(scheduleId: $id, first: 3) {\n  edges { node { origin state occurrence { at } } } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsProcessesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }"): (typeof documents)["mutation RunsProcessesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) {\n  __typename ... on MutationCreateJobScheduleSuccess { data { id } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RunsProcessesOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  schedule(id: $id) { ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }"): (typeof documents)["query RunsProcessesOccurrences($id: ID!, $after: DateTime!, $until: DateTime!) {\n  schedule(id: $id) { ... on Recurring { upcomingOccurrences(after: $after, until: $until, first: 1000) { at localDateTime shifted } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunsProcessesSetDelivery($id: ID!, $input: DeliveryInput!) { setScheduleDelivery(scheduleId: $id, input: $input) {\n  __typename ... on MutationSetScheduleDeliverySuccess { data { secret } } ... on Error { message } } }"): (typeof documents)["mutation RunsProcessesSetDelivery($id: ID!, $input: DeliveryInput!) { setScheduleDelivery(scheduleId: $id, input: $input) {\n  __typename ... on MutationSetScheduleDeliverySuccess { data { secret } } ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradeEverySchedule {\n  schedules(first: 10) { edges { node {\n    __typename\n    ... on Node { id }\n    ... on Versioned { version createdAt updatedAt }\n    ... on Recurring { timeZone nextOccurrence(after: \"2027-01-01T00:00:00Z\") { localDateTime } }\n    ... on JobSchedule { name specification location externalRef job { jobType } }\n    ... on CampaignTemplateSchedule { type timeZoneId days { values } campaignTemplate { name version } }\n    ... on IssuingSchedule { friendlyName scheduleType scheduleReference monthlySchedule { issuingDay } product { reference type } }\n  } } }\n}"): (typeof documents)["query UpgradeEverySchedule {\n  schedules(first: 10) { edges { node {\n    __typename\n    ... on Node { id }\n    ... on Versioned { version createdAt updatedAt }\n    ... on Recurring { timeZone nextOccurrence(after: \"2027-01-01T00:00:00Z\") { localDateTime } }\n    ... on JobSchedule { name specification location externalRef job { jobType } }\n    ... on CampaignTemplateSchedule { type timeZoneId days { values } campaignTemplate { name version } }\n    ... on IssuingSchedule { friendlyName scheduleType scheduleReference monthlySchedule { issuingDay } product { reference type } }\n  } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradeById($id: ID!) { node(id: $id) { __typename id } schedule(id: $id) { __typename } }"): (typeof documents)["query UpgradeById($id: ID!) { node(id: $id) { __typename id } schedule(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpgradeIssuingOnly { schedules(kind: ISSUING) { edges { node { __typename } } } }"): (typeof documents)["query UpgradeIssuingOnly { schedules(kind: ISSUING) { edges { node { __typename } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradeUpdateJob($id: ID!) {\n  updateJobSchedule(id: $id, expectedVersion: 3, input: { name: \"Nightly billing\", specification: \"0 3 * * *\", location: \"UTC\", job: { jobType: TAX_RUN } }) {\n    __typename ... on MutationUpdateJobScheduleSuccess { data { version location } }\n  }\n}"): (typeof documents)["mutation UpgradeUpdateJob($id: ID!) {\n  updateJobSchedule(id: $id, expectedVersion: 3, input: { name: \"Nightly billing\", specification: \"0 3 * * *\", location: \"UTC\", job: { jobType: TAX_RUN } }) {\n    __typename ... on MutationUpdateJobScheduleSuccess { data { version location } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpgradeDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }"): (typeof documents)["mutation UpgradeDeleteJob($id: ID!) { deleteJobSchedule(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchedulesPage($first: Int) {\n  schedules(first: $first) {\n    edges { node {\n      __typename\n      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } }\n      ... on JobSchedule { name scheduledFor { at } }\n      ... on CampaignTemplateSchedule { type hours { values } campaignTemplate { name } }\n      ... on IssuingSchedule { friendlyName product { reference } }\n    } }\n    pageInfo { hasNextPage }\n  }\n}"): (typeof documents)["query SchedulesPage($first: Int) {\n  schedules(first: $first) {\n    edges { node {\n      __typename\n      ... on Recurring { timeZone upcomingOccurrences(first: 5) { at localDateTime shifted } nextOccurrence { at } }\n      ... on JobSchedule { name scheduledFor { at } }\n      ... on CampaignTemplateSchedule { type hours { values } campaignTemplate { name } }\n      ... on IssuingSchedule { friendlyName product { reference } }\n    } }\n    pageInfo { hasNextPage }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchedulesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }"): (typeof documents)["mutation SchedulesCreateJob($input: JobScheduleInput!) { createJobSchedule(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchedulesCreateTemplate($name: String!) {\n      createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n    }"): (typeof documents)["mutation SchedulesCreateTemplate($name: String!) {\n      createCampaignTemplate(input: { name: $name }) { __typename ... on MutationCreateCampaignTemplateSuccess { data { id } } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchedulesSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n      setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename }\n    }"): (typeof documents)["mutation SchedulesSetCampaign($id: ID!, $input: CampaignTemplateScheduleInput!) {\n      setCampaignTemplateSchedule(campaignTemplateId: $id, input: $input) { __typename }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchedulesCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"Weekly\", type: DIGITAL }) { __typename } }"): (typeof documents)["mutation SchedulesCreateProduct($reference: String!) { createProduct(input: { reference: $reference, name: \"Weekly\", type: DIGITAL }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SchedulesCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename }\n    }"): (typeof documents)["mutation SchedulesCreateIssuing($reference: String!, $input: IssuingScheduleInput!) {\n      createIssuingSchedule(productReference: $reference, input: $input) { __typename }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchedulesIssuing { schedules(kind: ISSUING, first: 100) { edges { node { __typename } } } }"): (typeof documents)["query SchedulesIssuing { schedules(kind: ISSUING, first: 100) { edges { node { __typename } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedAllSchedules($after: String) {\n  schedules(first: 100, after: $after) {\n    edges {\n      node {\n        __typename\n        ... on Recurring { timeZone nextOccurrence { at } }\n        ... on CampaignTemplateSchedule { type campaignTemplate { name } }\n        ... on IssuingSchedule { scheduleType nonIssuingDates product { reference type } }\n        ... on JobSchedule { name job { jobType } }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query SeedAllSchedules($after: String) {\n  schedules(first: 100, after: $after) {\n    edges {\n      node {\n        __typename\n        ... on Recurring { timeZone nextOccurrence { at } }\n        ... on CampaignTemplateSchedule { type campaignTemplate { name } }\n        ... on IssuingSchedule { scheduleType nonIssuingDates product { reference type } }\n        ... on JobSchedule { name job { jobType } }\n      }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedService { product(reference: \"SUPPORT-PLUS\") { type schedules { id } } }"): (typeof documents)["query SeedService { product(reference: \"SUPPORT-PLUS\") { type schedules { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StoredCalendarsList($after: DateTime) { schedules(first: 100) { edges { node { __typename\n  ... on JobSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on CampaignTemplateSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on IssuingSchedule { id upcomingOccurrences(after: $after, first: 2) { at } } } } } }"): (typeof documents)["query StoredCalendarsList($after: DateTime) { schedules(first: 100) { edges { node { __typename\n  ... on JobSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on CampaignTemplateSchedule { id upcomingOccurrences(after: $after, first: 2) { at } }\n  ... on IssuingSchedule { id upcomingOccurrences(after: $after, first: 2) { at } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyOnceCreate {\n        createJobSchedule(input: { name: \"verified once\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }"): (typeof documents)["mutation VerifyOnceCreate {\n        createJobSchedule(input: { name: \"verified once\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebEdgeJobNames { schedules(first: 100) { edges { node { __typename ... on JobSchedule { name } } } } }"): (typeof documents)["query WebEdgeJobNames { schedules(first: 100) { edges { node { __typename ... on JobSchedule { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebEdgeFeedJob {\n        createJobSchedule(input: { name: \"feed job\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }"): (typeof documents)["mutation WebEdgeFeedJob {\n        createJobSchedule(input: { name: \"feed job\", specification: \"0 1 * * *\", job: { jobType: IMPORT } }) { __typename ... on MutationCreateJobScheduleSuccess { data { id } } }\n      }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;