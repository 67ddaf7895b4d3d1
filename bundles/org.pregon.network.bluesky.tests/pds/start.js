// Starts an in-memory PLC directory and a real Bluesky PDS on free 127.0.0.1 ports, with a fresh
// data directory, configured like the official distribution in dev mode (handles *.test, no invite
// codes, rate limits on). Prints `PDS_READY <url>` on stdout once both answer; everything else goes
// to stderr. Stops, deleting its data, when stdin closes (the test JVM went away) or on SIGTERM/SIGINT.
// Run with: node -r ./force-loopback.js start.js   (npm start)
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

// The PDS logs through pino to stdout; keep stdout for the ready line only.
process.env.LOG_ENABLED = process.env.LOG_ENABLED || 'false';
process.env.LOG_DESTINATION = process.env.LOG_DESTINATION || '/dev/stderr';

const plc = require('@did-plc/server');
const { PDS, envToCfg, envToSecrets, readEnv } = require('@atproto/pds');

// The PDS derives its public URL from its port, so the port must be known before it starts.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function secp256k1PrivateKeyHex() {
  const ecdh = crypto.createECDH('secp256k1');
  ecdh.generateKeys();
  return ecdh.getPrivateKey('hex').padStart(64, '0');
}

let stopping = null;
let plcServer = null;
let pds = null;
let dataDir = null;

function stop(code) {
  if (!stopping) {
    stopping = (async () => {
      try {
        if (pds) await pds.destroy();
        if (plcServer) await plcServer.destroy();
      } catch (e) {
        console.error('error while stopping', e);
      }
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(code);
    })();
  }
  return stopping;
}

async function main() {
  const started = Date.now();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pregon-pds-'));

  plcServer = plc.PlcServer.create({ db: plc.Database.mock(), port: 0 });
  const plcHttp = await plcServer.start();
  const plcUrl = `http://127.0.0.1:${plcHttp.address().port}`;

  const port = await freePort();
  Object.assign(process.env, {
    PDS_HOSTNAME: 'localhost',
    PDS_PORT: String(port),
    PDS_DEV_MODE: 'true',
    PDS_JWT_SECRET: crypto.randomBytes(16).toString('hex'),
    PDS_ADMIN_PASSWORD: crypto.randomBytes(16).toString('hex'),
    PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: secp256k1PrivateKeyHex(),
    PDS_DATA_DIRECTORY: dataDir,
    PDS_BLOBSTORE_DISK_LOCATION: path.join(dataDir, 'blobs'),
    PDS_DID_PLC_URL: plcUrl,
    PDS_SERVICE_HANDLE_DOMAINS: '.test',
    PDS_INVITE_REQUIRED: 'false',
    // no AppView, moderation or relay here: point them at the discard port
    PDS_BSKY_APP_VIEW_URL: 'http://127.0.0.1:9',
    PDS_BSKY_APP_VIEW_DID: 'did:example:invalid',
    PDS_REPORT_SERVICE_URL: 'http://127.0.0.1:9',
    PDS_REPORT_SERVICE_DID: 'did:example:invalid',
    PDS_CRAWLERS: '',
    // the real limits (e.g. createSession 30 per 5 minutes per handle), so 429s are the PDS's own;
    // a caller may turn them off (PDS_RATE_LIMITS_ENABLED=false), e.g. the publisher crash test, whose
    // hundred restarted publishers each log in once within two minutes
    PDS_RATE_LIMITS_ENABLED: process.env.PDS_RATE_LIMITS_ENABLED === 'false' ? 'false' : 'true',
  });
  const env = readEnv();
  pds = await PDS.create(envToCfg(env), envToSecrets(env));
  await pds.start();

  const url = `http://127.0.0.1:${port}`;
  const health = await fetch(`${url}/xrpc/_health`);
  if (!health.ok) throw new Error(`PDS health check answered ${health.status}`);
  console.error(`PDS ${env.version || ''} and PLC ${plcUrl} ready in ${Date.now() - started} ms, data in ${dataDir}`);
  console.log(`PDS_READY ${url}`);
}

process.on('SIGTERM', () => stop(0));
process.on('SIGINT', () => stop(0));
// The test JVM holds our stdin: when it closes (normally or because the JVM died), stop.
process.stdin.on('end', () => stop(0));
process.stdin.on('error', () => stop(0));
process.stdin.resume();

main().catch((e) => {
  console.error('PDS_FAILED', e);
  stop(1);
});
