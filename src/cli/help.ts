import { Command, Help, type Argument, type ErrorOptions, type Option } from 'commander';
import type { Lang } from '../util/lang.js';
import { say, type MessageId } from '../i18n/messages.js';

/**
 * commander's own words in the run's language. commander 14 writes its section titles, the
 * `[options]` of a usage line, `(choices: …, default: …)` and its parse errors in English; these
 * hooks put them into the catalog's words (src/i18n/<lang>/help.ts):
 *
 * - `LocalHelp` (a `Help` subclass): `styleTitle` maps the titles commander passes ("Usage:",
 *   "Options:", …), `commandUsage` / `subcommandTerm` the usage words, `optionDescription` /
 *   `argumentDescription` the choices and defaults;
 * - `LocalCommand` (a `Command` subclass): every command it creates is one too and formats its help
 *   with `LocalHelp`; `error` words commander's parse errors as sop's own ("sop: …").
 *
 * The texts of the commands themselves (descriptions, the after-help) are declared in program.ts.
 */

const TITLES: Readonly<Record<string, MessageId>> = {
  'Usage:': 'helpTitleUsage',
  'Arguments:': 'helpTitleArguments',
  'Options:': 'helpTitleOptions',
  'Global Options:': 'helpTitleGlobalOptions',
  'Commands:': 'helpTitleCommands',
};

export class LocalHelp extends Help {
  constructor(private readonly language: Lang) {
    super();
    // A subcommand's help lists --lang, --config and the other options of `sop` too.
    this.showGlobalOptions = true;
  }

  override styleTitle(title: string): string {
    const id = TITLES[title];
    return id ? say(this.language, id) : title;
  }

  override commandUsage(cmd: Command): string {
    return this.usageWords(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return this.usageWords(super.subcommandTerm(cmd));
  }

  override optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(say(this.language, 'helpChoices', { list: quoted(option.argChoices) }));
    // A default is shown for an option that takes a value; that a switch is off by default goes without saying.
    if (option.defaultValue !== undefined && (option.required || option.optional)) {
      extra.push(say(this.language, 'helpDefault', { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
    }
    return withExtra(option.description, extra);
  }

  override argumentDescription(argument: Argument): string {
    const extra: string[] = [];
    if (argument.argChoices) extra.push(say(this.language, 'helpChoices', { list: quoted(argument.argChoices) }));
    if (argument.defaultValue !== undefined) {
      extra.push(say(this.language, 'helpDefault', { value: argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue) }));
    }
    return withExtra(argument.description, extra);
  }

  /** commander's `[options]` and `[command]` in a usage line, in the help's language. */
  private usageWords(usage: string): string {
    return usage
      .replace(/(?<=^|\s)\[options\](?=\s|$)/, say(this.language, 'helpUsageOptions'))
      .replace(/(?<=^|\s)\[command\](?=\s|$)/, say(this.language, 'helpUsageCommand'));
  }
}

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');
/** The choices and the default after the description, in the parenthesis it ends with if it does: "a (b; c)", not "a (b) (c)". */
function withExtra(description: string, extra: string[]): string {
  if (!extra.length) return description;
  if (description.endsWith(')')) return `${description.slice(0, -1)}; ${extra.join(', ')})`;
  return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

/** A commander command that speaks the run's language: its help, its parse errors, the commands it creates. */
export class LocalCommand extends Command {
  constructor(
    name: string | undefined,
    readonly language: Lang,
  ) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new LocalCommand(name, this.language);
  }

  override createHelp(): Help {
    return Object.assign(new LocalHelp(this.language), this.configureHelp());
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(`sop: ${wordCommanderError(this.language, message, errorOptions?.code)}`, errorOptions);
  }
}

type Wording = (lang: Lang, m: RegExpExecArray) => string;

/**
 * commander's English error messages (commander 14: lib/command.js), by error code: the pattern of
 * the message and its words from the catalog. A message that matches none (a new commander) is
 * kept as commander wrote it.
 */
const ERRORS: Readonly<Record<string, readonly [RegExp, Wording]>> = {
  'commander.unknownOption': [
    /^unknown option '(.*?)'(?:\n\(Did you mean (one of )?(.+)\?\))?$/s,
    (lang, m) => say(lang, 'helpErrorUnknownOption', { flag: m[1], suggestion: suggestion(lang, m[2], m[3]) }),
  ],
  'commander.unknownCommand': [
    /^unknown command '(.*?)'(?:\n\(Did you mean (one of )?(.+)\?\))?$/s,
    (lang, m) => say(lang, 'helpErrorUnknownCommand', { name: m[1], suggestion: suggestion(lang, m[2], m[3]) }),
  ],
  'commander.missingArgument': [/^missing required argument '(.*)'$/s, (lang, m) => say(lang, 'helpErrorMissingArgument', { name: m[1] })],
  'commander.optionMissingArgument': [/^option '(.*)' argument missing$/s, (lang, m) => say(lang, 'helpErrorOptionMissingArgument', { flags: m[1] })],
  'commander.excessArguments': [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    (lang, m) => say(lang, 'helpErrorExcessArguments', { command: m[1] ? `sop ${m[1]}` : 'sop', expected: m[2], received: m[3] }),
  ],
  'commander.invalidArgument': [
    /^option '(.*?)' argument '(.*)' is invalid\. (.*)$/s,
    (lang, m) => say(lang, 'helpErrorInvalidOption', { flags: m[1], value: m[2], detail: choicesDetail(lang, m[3]) }),
  ],
};

function suggestion(lang: Lang, oneOf: string | undefined, similar: string | undefined): string {
  if (!similar) return '';
  return oneOf ? say(lang, 'helpErrorDidYouMeanOneOf', { list: similar }) : say(lang, 'helpErrorDidYouMean', { value: similar });
}

/** commander's "Allowed choices are a, b." in words; sop's own reasons (already worded) as they are. */
function choicesDetail(lang: Lang, detail: string): string {
  const m = /^Allowed choices are (.*)\.$/s.exec(detail);
  return m ? say(lang, 'helpErrorChoices', { list: m[1] }) : detail;
}

/** A commander parse error in the run's language, without commander's "error: " prefix. */
export function wordCommanderError(lang: Lang, message: string, code: string | undefined): string {
  const text = message.replace(/^error: /, '');
  const entry = code ? ERRORS[code] : undefined;
  const m = entry?.[0].exec(text);
  return entry && m ? entry[1](lang, m) : text;
}
