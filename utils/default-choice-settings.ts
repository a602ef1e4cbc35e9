/**
 * The user's default payer and service (storage.local), and an administrator's values for them (storage.managed),
 * which win. They hold ids the user picked, never a value from a page. Apart from the rule packs
 * (`settings.ts`), so the options page reads them without the engine that validates a pack.
 */
import * as z from 'zod/mini';
import { defineSetting } from './define-setting';

export const choiceIdSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));

export const settingsSchema = z.object({
  defaultPayer: z.nullable(choiceIdSchema),
  defaultService: z.nullable(choiceIdSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { defaultPayer: null, defaultService: null };

/** The user's own default payer and service. */
export const userSettings = defineSetting('local:settings', { schema: settingsSchema, fallback: DEFAULT_SETTINGS });

/*
 * A practice's IT admin can set the defaults for every seat (Chrome enterprise policy, Firefox policies.json),
 * declared in public/managed-schema.json. Each value is checked on its own; null where no policy sets it.
 */
export const managedDefaultPayer = defineSetting('managed:defaultPayer', { schema: z.nullable(choiceIdSchema), fallback: null });
export const managedDefaultService = defineSetting('managed:defaultService', { schema: z.nullable(choiceIdSchema), fallback: null });

export interface StoredSettings {
  /** What ClaimLint uses: the administrator's values where set, else the user's. */
  settings: Settings;
  /** The user's own choices, kept when an administrator's value covers them. */
  user: Settings;
  /** Settings an administrator set by policy (storage.managed): shown as locked in the options page. */
  locked: Record<keyof Settings, boolean>;
  /** The stored settings could not be read and the defaults are used instead; the options page says so. */
  corrupt: boolean;
}

/** The settings in force, an administrator's value (where not null) winning over the user's, and which ones it locks. */
export function settingsInForce(user: Settings, managed: Settings): Pick<StoredSettings, 'settings' | 'locked'> {
  return {
    settings: {
      defaultPayer: managed.defaultPayer ?? user.defaultPayer,
      defaultService: managed.defaultService ?? user.defaultService,
    },
    locked: { defaultPayer: managed.defaultPayer !== null, defaultService: managed.defaultService !== null },
  };
}

/** The user's settings with an administrator's policy applied. */
export async function readSettings(): Promise<StoredSettings> {
  const [user, defaultPayer, defaultService] = await Promise.all([
    userSettings.read(),
    managedDefaultPayer.getValue(),
    managedDefaultService.getValue(),
  ]);
  return { ...settingsInForce(user.value, { defaultPayer, defaultService }), user: user.value, corrupt: user.corrupt };
}
