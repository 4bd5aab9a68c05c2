import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The portal is served by the gateway at `/` and talks only to its `/graphql`.
 * In development (`npm run dev -w @prp/admin`) Vite serves it with hot reload and passes
 * /graphql on to a running platform (GATEWAY_URL, default http://127.0.0.1:4000).
 */
const gateway = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  // the SDL lives at the repository root (schema/api.graphql)
  server: {
    host: "127.0.0.1",
    port: 5173,
    fs: { allow: [".."] },
    proxy: { "/graphql": { target: gateway, changeOrigin: false } },
  },
  resolve: { dedupe: ["react", "react-dom", "@mui/material", "@emotion/react"] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
});
