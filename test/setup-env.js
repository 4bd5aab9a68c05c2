// Runs before every test file: nothing may phone home, and each file gets its own data folder.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
process.env.APOLLO_TELEMETRY_DISABLED = "true";
process.env.TURBO_TELEMETRY_DISABLED = "1";
process.env.DO_NOT_TRACK = "1";
if (!process.env.NODE_ENV || process.env.NODE_ENV === "development") process.env.NODE_ENV = "test";
process.env.DATA_DIR = mkdtempSync(join(tmpdir(), "prp-test-"));
require("reflect-metadata");
