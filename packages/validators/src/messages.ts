/**
 * The one home of bilingual text in the validators. Two forms:
 *
 * - a rule's message is a {@link Message}: a catalogue key and its parameters,
 *   cheap to build; only the requested language is written, from that
 *   language's catalogue ({@link renderMessage}), so a page that needs French
 *   only ships French only (the catalogues live in their own modules:
 *   `rules/pag/messages/fr.ts`, `en.ts`…);
 * - the few texts of the engine itself (options, internal failure, JSON
 *   reading) are written once with {@link text} (French first, then English)
 *   and read with {@link pick}.
 */
import type { DocumentType, Lang, LocalizedText } from './types.js';

/** A bilingual text (French first). */
export function text(fr: string, en: string): LocalizedText {
  return { fr, en };
}

/** The text of the requested language. */
export function pick(lang: Lang, value: LocalizedText): string {
  return lang === 'en' ? value.en : value.fr;
}

/** French quotation of a label: « label ». */
export function guillemets(label: string): string {
  return `« ${label} »`;
}

/** Joins items as a French or English list (`a, b et c` / `a, b and c`). */
export function listOf(lang: Lang, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'et'} ${last}`;
}

/**
 * A rule message not yet written: the key of its entry in the catalogues and
 * the parameters the entry reads. Written in one language only, when the issue
 * is made.
 */
export interface Message {
  /** Key of the catalogue entry (`PAG-CONSENTEMENT-001#1`: rule id, then the rule's n-th message). */
  readonly key: string;
  /** Parameters of the entry (`undefined` for a fixed sentence). */
  readonly params: unknown;
}

/** A part of a message that is itself a message (or a text already in both languages), written in the same language. */
export type NestedText = Message | LocalizedText;

/**
 * One entry of a catalogue of rule messages: a fixed sentence, or a function
 * of the entry's parameters (`nested` writes a part that is itself a message,
 * in the catalogue's language).
 */
export type MessageTemplate = string | ((params: never, nested: (part: NestedText) => string) => string);

/** The rule messages of one language for one document type's rules, by key. */
export type RuleMessages = Readonly<Record<string, MessageTemplate>>;

/**
 * A catalogue of rule messages in one language: the texts of the rules of the
 * document types it covers (a convention's catalogue covers the embedded
 * table's rules too). The main entry point carries every catalogue; a
 * per-document entry point (`@serafin-ph/validators/pag`…) carries French
 * only and exports its English catalogue, to pass in `catalogues`. The
 * exported catalogues are frozen (`Object.freeze`, their tables of messages
 * too): the entry points read them once, so a change in place would go
 * unseen; it throws a `TypeError` instead. The exported catalogues also carry
 * the structural check's messages of their language (so that a French entry
 * point ships no English text); a catalogue you write yourself covers rules
 * only, and its language is available only where an exported catalogue of
 * that language is carried or passed too.
 */
export interface MessageCatalogue {
  /** Language of the texts. */
  readonly lang: Lang;
  /** Rule messages, by the document type whose rules write them. */
  readonly rules: Readonly<Partial<Record<DocumentType, RuleMessages>>>;
}

/** The typed entries of a catalogue, for the parameters `P` of each key (a fixed sentence where `P[K]` is `undefined`). */
export type TypedRuleMessages<P> = {
  readonly [K in keyof P]: P[K] extends undefined ? string : (params: P[K], nested: (part: NestedText) => string) => string;
};

/** Writes `message` with the entries of `messages` (one language); `lang` writes a nested bilingual text. */
export function renderMessage(messages: RuleMessages, lang: Lang, message: NestedText): string {
  // Own member only: a text in both languages inherits no `key` from a polluted `Object.prototype`.
  if (!Object.hasOwn(message, 'key')) return pick(lang, message as LocalizedText);
  message = message as Message;
  const entry = messages[message.key];
  if (entry === undefined) return message.key;
  if (typeof entry === 'string') return entry;
  return (entry as (params: unknown, nested: (part: NestedText) => string) => string)(message.params, (part) => renderMessage(messages, lang, part));
}

/** Writes a rule message (or a text in both languages) in one language, from one catalogue: see {@link rendererOf}. */
export type Render = (message: NestedText) => string;

/** The entry points' own catalogues, with their renderers by language (written when first asked for). */
const ownCatalogues = new WeakMap<RuleMessages, Partial<Record<Lang, Render>>>();

/**
 * Marks `messages` as a catalogue of an entry point: a module constant that
 * nothing changes, whose entries {@link rendererOf} may therefore read once.
 * A catalogue passed in the options is read at each message, as
 * {@link renderMessage} does.
 */
export function markOwnCatalogue(messages: RuleMessages): void {
  // Without a prototype: a renderer not yet made is not read from a polluted `Object.prototype`.
  if (!ownCatalogues.has(messages)) ownCatalogues.set(messages, Object.create(null) as Partial<Record<Lang, Render>>);
}

/**
 * `message => renderMessage(messages, lang, message)`, one function for a
 * whole report. For an entry point's own catalogue (see
 * {@link markOwnCatalogue}) it is made once per catalogue and language and
 * reads the entries from a `Map` filled once (a keyed read of an object of
 * several hundred properties costs more); the nested parts are written by the
 * same function, not by a closure made per message.
 */
export function rendererOf(messages: RuleMessages, lang: Lang): Render {
  const own = ownCatalogues.get(messages);
  if (own === undefined) return (message) => renderMessage(messages, lang, message);
  return (own[lang] ??= entriesRenderer(messages, lang));
}

type Template = (params: unknown, nested: Render) => string;

function entriesRenderer(messages: RuleMessages, lang: Lang): Render {
  const entries = new Map<string, MessageTemplate>();
  for (const key of Object.keys(messages)) entries.set(key, messages[key] as MessageTemplate);
  const render: Render = (message) => {
    if (!Object.hasOwn(message, 'key')) return pick(lang, message as LocalizedText);
    message = message as Message;
    // An inherited entry (none in the entry points' catalogues) is read as renderMessage reads it.
    const entry = entries.get(message.key) ?? messages[message.key];
    if (entry === undefined) return message.key;
    if (typeof entry === 'string') return entry;
    return (entry as Template)(message.params, render);
  };
  return render;
}
