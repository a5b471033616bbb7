#!/usr/bin/env node
// The installed command: runs the bundled CLI (built by `npm run build`, also on `npm install`).
import("../dist/cli.js").catch((e) => {
  process.stderr.write(`fiche-projet: cannot load dist/cli.js — run "npm run build" (${e.message.split("\n")[0]})\n`);
  process.exitCode = 2;
});
