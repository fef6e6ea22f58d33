/**
 * What the end-to-end suites may set from outside: the data folder, the clock and the locale.
 * A packaged app ignores all three, so an environment variable on a user's machine can neither
 * move their data nor change the date the rules run on.
 */
export interface TestHooks {
  userData: string | null;
  now: Date | null;
  locale: string | null;
}

export function testHooks(isPackaged: boolean, env: NodeJS.ProcessEnv): TestHooks {
  if (isPackaged) return { userData: null, now: null, locale: null };
  const now = env.FOLLOW_THROUGH_TEST_NOW ? new Date(env.FOLLOW_THROUGH_TEST_NOW) : null;
  return {
    userData: env.FOLLOW_THROUGH_USER_DATA || null,
    now: now && !Number.isNaN(now.getTime()) ? now : null,
    locale: env.FOLLOW_THROUGH_TEST_LOCALE || null,
  };
}
