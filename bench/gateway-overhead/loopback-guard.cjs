// Preloaded into every process the gateway benchmark starts (NODE_OPTIONS=--require …): refuses
// and reports any TCP connection, UDP socket or name lookup that would leave loopback, so the
// run proves that neither our gateway nor Hive Gateway phones home (telemetry, usage reports,
// update checks). The benchmark counts the "[loopback-guard]" lines in each process's output.
"use strict";
const net = require("node:net");
const dns = require("node:dns");
const dgram = require("node:dgram");

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]", "::ffff:127.0.0.1"]);
const isLoopback = (host) =>
  host === undefined || host === null || LOOPBACK_NAMES.has(String(host)) || /^127\./.test(String(host));

function refuse(what) {
  process.stderr.write(`[loopback-guard] refused ${what} (pid ${process.pid})\n`);
  return new Error(`loopback-guard: ${what} refused (this run may only use 127.0.0.1)`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  let host;
  let port;
  if (first && typeof first === "object") {
    if (first.path) return connect.apply(this, args); // unix socket: local by definition
    host = first.host ?? "localhost";
    port = first.port;
  } else if (typeof first === "string" && !/^\d+$/.test(first)) {
    return connect.apply(this, args); // unix socket path
  } else {
    port = first;
    host = typeof args[1] === "string" ? args[1] : "localhost";
  }
  if (!isLoopback(host)) {
    const err = refuse(`TCP connection to ${host}:${port}`);
    process.nextTick(() => this.destroy(err));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (!isLoopback(hostname)) {
    const callback = rest.find((a) => typeof a === "function");
    const err = refuse(`name lookup of ${hostname}`);
    err.code = "ENOTFOUND";
    if (callback) process.nextTick(() => callback(err));
    return {};
  }
  return lookup.call(this, hostname, ...rest);
};
for (const name of ["resolve", "resolve4", "resolve6", "resolveAny"]) {
  const original = dns[name];
  dns[name] = function guardedResolve(hostname, ...rest) {
    if (!isLoopback(hostname)) {
      const callback = rest.find((a) => typeof a === "function");
      const err = refuse(`DNS query for ${hostname}`);
      if (callback) process.nextTick(() => callback(err));
      return undefined;
    }
    return original.call(this, hostname, ...rest);
  };
}

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function guardedSend(...args) {
  const address = args.find((a, i) => i > 0 && typeof a === "string");
  if (!isLoopback(address)) {
    const callback = args.find((a) => typeof a === "function");
    const err = refuse(`UDP datagram to ${address}`);
    if (callback) process.nextTick(() => callback(err));
    return;
  }
  return send.apply(this, args);
};
