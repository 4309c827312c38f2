/**
 * The PAG fact walker of the default (Node) builds (package.json `imports`,
 * `#pag-fact-walk`): the generated straight-line walker, which reads each
 * member by its name (faster than a walk of the patterns as data).
 *
 * Marcheur des faits du PAG, forme générée (Node).
 */
export { walkPagFacts } from '../generated/facts/pag-fact-walk.js';
