// Preloaded with `node -r`: the PDS and the PLC directory call listen(port) without a host, which
// binds every interface. Tests must only be reachable from this machine, so default to 127.0.0.1.
const net = require('net');
const dns = require('dns');

// "localhost" (the PDS's dev-mode public URL) must resolve to the address we listen on
dns.setDefaultResultOrder('ipv4first');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1');
  } else if (first && typeof first === 'object' && !Array.isArray(first)
      && first.port !== undefined && !first.host && !first.path) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (args.length === 0 || typeof first === 'function') {
    args.unshift(0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
