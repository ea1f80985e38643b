// The team config file names, in the order the loader tries them in one folder. Dependency-free so the
// server's quick first stage can use it without loading the config loader (zod).
export const CONFIG_FILE_NAMES = ['.postpolicy.json', '.postpolicy.yaml', '.postpolicy.yml'] as const;
