import core from './core.js';
import cli from './cli.js';
import preview from './preview.js';
import register from './register.js';
import render from './render.js';
import scaffold from './scaffold.js';
import importMessages from './import.js';
import help from './help.js';

/** The Indonesian catalog: every message id of the core, the CLI and its help, the register, render and scaffold. */
export const id = { ...core, ...cli, ...preview, ...register, ...render, ...scaffold, ...importMessages, ...help };
export type MessageId = keyof typeof id;
