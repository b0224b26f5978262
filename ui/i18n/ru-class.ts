/** Строки общего разбора класса (`ui/class-debrief`): часть `ru.ts` под ключом `classDebrief`. */
export const ruClass = {
  heading: 'Разбор всего класса',
};
