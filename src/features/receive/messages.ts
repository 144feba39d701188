/** UI text of this feature (namespace "receive"); en must have the same shape as vi. */
export const vi = {
  title: '',
};

export const en: typeof vi = {
  title: '',
};
