// Per-call cost of the Node peer (kling-api 1.0.0) on the exchanges of the per-call benchmark: the very requests
// the library sent to the same Kling stub (KlingPeerStub wrote them down), replayed through kling-api's request
// path one after another on one connection (Node's global agent keeps it alive, as the JVM clients do). Each
// operation is warmed up, then timed call by call with process.hrtime; prints one JSON document with p50/p90/p99 µs.
//
//   node peer.mjs <exchanges.json> <warm-up seconds> <measured seconds> [rounds]
import { readFileSync } from 'node:fs';
import { peerClient, checked } from './kling-peer.mjs';

const [file, warmupArg, measureArg, roundsArg] = process.argv.slice(2);
if (!file || !warmupArg || !measureArg) {
  console.error('usage: node peer.mjs <exchanges.json> <warm-up seconds> <measured seconds> [rounds]');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(file, 'utf8'));
const warmupNs = BigInt(Math.round(Number(warmupArg) * 1e9));
const measureNs = BigInt(Math.round(Number(measureArg) * 1e9));
const rounds = Number(roundsArg ?? 1);
const http = peerClient(spec.baseUrl);

// GET sends the query as axios params; POST the body, which axios serialises anew on every call.
function call(exchange) {
  const data = exchange.method === 'GET'
    ? (Object.keys(exchange.query).length ? exchange.query : undefined)
    : exchange.body;
  return http.request(exchange.method, exchange.path, data);
}

async function runFor(exchange, budgetNs, samples) {
  const end = process.hrtime.bigint() + budgetNs;
  let calls = 0;
  for (;;) {
    const start = process.hrtime.bigint();
    if (start >= end) {
      return calls;
    }
    checked(exchange.operation, await call(exchange));
    const took = process.hrtime.bigint() - start;
    calls++;
    if (samples) {
      samples.push(Number(took) / 1000);
    }
  }
}

function percentile(sorted, p) {
  // Nearest rank, as JMH's sample mode reports it.
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[rank - 1];
}

const results = [];
for (const exchange of spec.exchanges) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    await runFor(exchange, warmupNs, null);
    await runFor(exchange, measureNs, samples);
  }
  samples.sort((a, b) => a - b);
  results.push({
    operation: exchange.operation,
    method: exchange.method,
    path: exchange.path,
    samples: samples.length,
    p50: percentile(samples, 50),
    p90: percentile(samples, 90),
    p99: percentile(samples, 99),
  });
}
console.log(JSON.stringify({
  peer: 'kling-api',
  node: process.version,
  warmupSeconds: Number(warmupArg),
  measuredSeconds: Number(measureArg),
  rounds,
  results,
}, null, 2));
