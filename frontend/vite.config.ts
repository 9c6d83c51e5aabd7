import { defineConfig } from "vitest/config";

// Each page has one entry module; Spring serves the output from the jar's static/app/ and
// fingerprints the file names itself, so entries and CSS keep plain names here.
export default defineConfig({
  build: {
    outDir: "../target/classes/static/app",
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      input: {
        home: "src/pages/home.ts",
        sandbox: "src/pages/sandbox.ts",
        lesson: "src/pages/lesson.ts",
        dashboard: "src/pages/dashboard.ts",
        shoulder: "src/pages/shoulder.ts",
        theme: "src/styles/theme.css",
      },
      output: {
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
        assetFileNames: "[name][extname]",
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
  },
});
