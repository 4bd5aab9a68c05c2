// Process entry of the gateway (`node gateway/dist/index.js`); the launcher starts it this way.
import { config } from "@prp/kit";
import { startGateway } from "./gateway";

export { startGateway, armorConfig, type GatewayOptions, type RunningGateway } from "./gateway";
export { launchPlatform, type LaunchOptions, type RunningPlatform } from "./platform";
export { generateSchemaFiles, writeSchemaFiles } from "./schema-tool";
export { SUBGRAPHS, type RegisteredSubgraph } from "./subgraphs";

function main(): void {
  // the whole configuration is checked first: a bad setting names itself and stops the start
  Promise.resolve()
    .then(() => config())
    .then(() => startGateway())
    .then((gateway) => {
      const shutdown = (signal: string) => {
        console.log(`[gateway] ${signal}: finishing in-flight requests`);
        gateway
          .stop()
          .then(() => process.exit(0))
          .catch((err) => {
            console.error("[gateway] shutdown failed", err);
            process.exit(1);
          });
      };
      process.once("SIGTERM", () => shutdown("SIGTERM"));
      process.once("SIGINT", () => shutdown("SIGINT"));
    })
    .catch((err) => {
      console.error("[gateway] failed to start:", err?.message ?? err);
      process.exit(1);
    });
}

// Also the package's main: importing it for the exports must not start a server.
if (require.main === module) main();
