import { normaliseText } from './normalise-text';

/**
 * Function words and the words every project text contains ("project", "programme") in the three
 * languages; they carry no evidence and are left out of the trigram sets. Written as people write
 * them and normalised once at start-up.
 */
const WRITTEN = [
  // English
  'a an the and or of for in on at to with by from into as is are be will this that these those its their',
  'project programme program phase through under within per each all also other',
  // Russian
  'и в во на с со по для от к о об из за до а но не что как это или при его их её также',
  'проект проекта проекте проекту программа программы программе рамках',
  // Kyrgyz
  'жана менен үчүн боюнча дагы бул ар ушул ошол анын алардын аркылуу ичинде',
  'долбоор долбоору долбоордун долбоорунун программасы программа',
].join(' ');

export const STOP_WORDS: ReadonlySet<string> = new Set(normaliseText(WRITTEN).split(' '));
