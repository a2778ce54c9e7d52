// The Node peer's client, shared by the per-call harness (peer.mjs) and the one-shot lookup (task-once.mjs).
//
// kling-api 1.0.0 has no element API, so the exchanges go through its own request path: KlingAPI's
// KlingHttpClient.request (an axios instance whose request interceptor adds the HS256 JWT the package signs and
// caches; its retry loop and error mapping around each call). The one change: its constructor accepts only an
// https base URL, and the benchmarks' stub is plain http on loopback (as for the JVM clients), so the axios
// instance is pointed at the stub after construction.
import { KlingAPI } from 'kling-api';

export function peerClient(baseUrl) {
  const api = new KlingAPI({
    accessKey: process.env.KLING_ACCESS_KEY ?? 'bench-access-key',
    secretKey: process.env.KLING_SECRET_KEY ?? 'bench-secret-key-0123456789',
  });
  const http = api.httpClient;
  http.client.defaults.baseURL = baseUrl;
  return http;
}

// A Kling envelope that says the call worked, or an error naming what came back.
export function checked(operation, answer) {
  if (answer === null || typeof answer !== 'object' || answer.code !== 0) {
    throw new Error(`${operation}: the stub's answer is not a Kling success: ${JSON.stringify(answer).slice(0, 200)}`);
  }
  return answer;
}
