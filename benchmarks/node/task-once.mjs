// The Node peer's one-shot task lookup, the counterpart of `elements task ID`: one process that loads kling-api,
// signs its JWT (KLING_ACCESS_KEY / KLING_SECRET_KEY, as the CLI reads them), looks the task up through the
// package's request path and prints its status.
//
//   node task-once.mjs <base url> <task id>
import { peerClient, checked } from './kling-peer.mjs';

const [baseUrl, taskId] = process.argv.slice(2);
if (!baseUrl || !taskId) {
  console.error('usage: node task-once.mjs <base url> <task id>');
  process.exit(2);
}
const answer = checked('task', await peerClient(baseUrl)
    .request('GET', `/v1/general/advanced-custom-elements/${encodeURIComponent(taskId)}`));
console.log(`task ${answer.data.task_id}: ${answer.data.task_status}`);
