#!/usr/bin/env node
import { runCli } from './herald-cli';

runCli(process.argv).then((code) => {
  process.exitCode = code;
});
