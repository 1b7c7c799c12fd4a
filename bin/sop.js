#!/usr/bin/env node
import { main } from '../lib/cli/main.js';
import { nodeIo } from '../lib/cli/io.js';

process.exitCode = await main(process.argv.slice(2), nodeIo());
