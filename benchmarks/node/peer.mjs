// Per-call cost of the Node peer (kling-api 1.0.0) on the exchanges of the per-call benchmark: the very requests
// the library sent to the same Kling stub (KlingPeerStub wrote them down), replayed through kling-api's request
// path one after another on one connection (Node's global agent keeps it alive, as the JVM clients do). Each
// operation is warmed up, then timed call by call with process.hrtime; prints one JSON document with p50/p90/p99 µs.
//
//   node peer.mjs <exchanges.json> <warm-up seconds> <measured seconds> [rounds]
//
// With --serve instead of the seconds, the first exchange is run on command, for a harness that takes turns with
// it call batch by call batch (PairedNode): each line read from standard input is "warm <seconds>" or "calls <n>";
// the first is answered with {"calls": n}, the second with {"micros": [...]}, each call's time, one line of JSON
// each. The process ends when its input closes.
//
//   node peer.mjs <exchanges.json> --serve
import { readFileSync } from 'node:fs';
import { peerClient, checked } from './kling-peer.mjs';

const [file, warmupArg, measureArg, roundsArg] = process.argv.slice(2);
const serve = warmupArg === '--serve';
if (!file || !warmupArg || (!serve && !measureArg)) {
  console.error('usage: node peer.mjs <exchanges.json> <warm-up seconds> <measured seconds> [rounds]\n'
    + '       node peer.mjs <exchanges.json> --serve');
  process.exit(2);
}
const spec = JSON.parse(readFileSync(file, 'utf8'));
const seconds = (text) => BigInt(Math.round(Number(text) * 1e9));
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

if (serve) {
  const exchange = spec.exchanges[0];
  const { createInterface } = await import('node:readline');
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, argument] = line.trim().split(/\s+/);
    if (command === 'warm') {
      console.log(JSON.stringify({ calls: await runFor(exchange, seconds(argument), null) }));
    } else if (command === 'calls') {
      const micros = [];
      for (let i = 0; i < Number(argument); i++) {
        const start = process.hrtime.bigint();
        checked(exchange.operation, await call(exchange));
        micros.push(Number(process.hrtime.bigint() - start) / 1000);
      }
      console.log(JSON.stringify({ micros }));
    } else {
      console.error(`unknown command: ${line}`);
      process.exit(2);
    }
  }
  process.exit(0);
}

const warmupNs = seconds(warmupArg);
const measureNs = seconds(measureArg);
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
