// A local webhook receiver that verifies each delivery's signature (README "Delivery").
//   WEBHOOK_SECRET=whsec_... node scripts/webhook-receiver.mjs     listens on http://127.0.0.1:4001/hooks (RECEIVER_PORT)
// FAIL_FIRST=1 answers 503 to each run's first attempt, so that you see the service retry it.
import { createServer } from "node:http";
import { Webhook } from "standardwebhooks";

const webhook = new Webhook(process.env.WEBHOOK_SECRET);
const failFirst = process.env.FAIL_FIRST === "1";
const seen = new Set();
const port = Number(process.env.RECEIVER_PORT ?? 4001);

createServer((request, response) => {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    let event;
    try {
      event = webhook.verify(body, request.headers); // the exact bytes received, and the three webhook-* headers
    } catch (error) {
      console.log(`refused a request: ${error.message}`);
      return response.writeHead(400).end();
    }
    const id = request.headers["webhook-id"]; // the run's id: the same on every retry, so deduplicate on it
    const { attempt, schedule, occurrence } = event.data;
    if (failFirst && !seen.has(id)) {
      seen.add(id);
      console.log(`503 to attempt ${attempt} of run ${id}`);
      return response.writeHead(503).end("not now");
    }
    console.log(`verified attempt ${attempt} of run ${id}: ${schedule.kind} "${schedule.name}" due ${occurrence.at}`);
    response.writeHead(204).end();
  });
}).listen(port, "127.0.0.1", () => console.log(`receiver on http://127.0.0.1:${port}/hooks`));
