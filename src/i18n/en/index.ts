import type { MessageId } from '../id/index.js';
import core from './core.js';
import cli from './cli.js';
import preview from './preview.js';
import register from './register.js';
import render from './render.js';
import scaffold from './scaffold.js';
import importMessages from './import.js';
import help from './help.js';

/** The English catalog: the same ids as the Indonesian one (the type checker holds them in step). */
export const en: Record<MessageId, string> = { ...core, ...cli, ...preview, ...register, ...render, ...scaffold, ...importMessages, ...help };
