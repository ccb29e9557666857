export type Role =
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'title'
  | 'subtitle'
  | 'kind'
  | 'date'
  | 'authorship'
  | 'controlNumber'
  | 'question'
  | 'quote'
  | 'listContinue'
  | 'headerBlock';

/** Paragraph styles by id or name, lower case without spaces or hyphens. */
export const ROLE_BY_NAME: Record<string, Role> = {
  heading1: 'heading1',
  heading2: 'heading2',
  heading3: 'heading3',
  title: 'title',
  documenttitle: 'title',
  subtitle: 'subtitle',
  documentsubtitle: 'subtitle',
  documentkind: 'kind',
  documentdate: 'date',
  date: 'date',
  authorship: 'authorship',
  author: 'authorship',
  controlnumber: 'controlNumber',
  guidingquestion: 'question',
  quote: 'quote',
  quotations: 'quote',
  blocktext: 'quote',
  intensequote: 'quote',
  listcontinue: 'listContinue',
  headerblockbody: 'headerBlock',
  headerblockreference: 'headerBlock',
};
