import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../shared/domain/settings';
import { upgradeSettings } from '../../shared/domain/settings-upgrade';
import { migrate } from '../../shared/store/migrations';
import type { Settings } from '../../shared/domain/settings';

describe('templates saved before greetings followed the client', () => {
  it('an untouched old template becomes today’s wording; a customised one keeps its words but greets by the client’s style', () => {
    const oldUpdate = [
      'Dear {{clientName}},',
      '',
      'I wanted to give you an update on {{topic}}, which you raised when {{contact}}. It has not been forgotten: it is in hand and I am keeping it moving.',
      '',
      '{{reason}} {{promise}}',
      '',
      '{{clientStep}}',
      '',
      'I will be in touch again by {{nextUpdate}}, or sooner if there is news. {{invitation}}',
      '',
      '{{signoff}}',
    ].join('\n');
    const custom =
      'Dear {{clientName}},\n\nQuick note on {{topic}}. It has not been forgotten: it is in hand and I am keeping it moving.\n\n{{signoff}}';
    const stored = {
      templates: {
        ...DEFAULT_TEMPLATES,
        update: { subject: 'Update on {{topic}}', body: oldUpdate },
        acknowledgement: { subject: 'Re: {{topic}}', body: custom },
      },
    };
    // A format-3 file is migrated once; a template typed since is the user's and left alone.
    const migrated = migrate({ schemaVersion: 3, settings: stored, requests: {} }).file.settings as Partial<Settings>;
    expect(upgradeSettings(stored).templates.acknowledgement.body).toBe(custom);
    const upgraded = upgradeSettings(migrated);
    expect(upgraded.templates.update).toEqual(DEFAULT_TEMPLATES.update);
    expect(upgraded.templates.acknowledgement).toEqual({
      subject: 'Re: {{topic}}',
      body: '{{greeting}}\n\nQuick note on {{topic}}. {{standing}}\n\n{{signoff}}',
    });
    // Templates that did not exist then (the scripts, the research question) come from today's defaults.
    expect(upgraded.templates['update-voicemail']).toEqual(DEFAULT_TEMPLATES['update-voicemail']);
    expect(upgraded.greetingStyle).toBe('first-name');
    expect(upgraded.callbackNumber).toBe('');
  });
});

describe('settings saved by an older version', () => {
  it('clears the placeholder boss name the app once started with, and fills a missing email', () => {
    const stored = {
      bosses: [
        { id: 'b1', name: 'My boss' },
        { id: 'b2', name: 'Alex Morgan', email: 'alex@office.example' },
      ],
    } as unknown as Partial<Settings>;
    expect(upgradeSettings(stored).bosses).toEqual([
      { id: 'b1', name: '', email: '' },
      { id: 'b2', name: 'Alex Morgan', email: 'alex@office.example' },
    ]);
  });

  it('has not been through the first-run setup unless it says so', () => {
    expect(upgradeSettings({}).setupDone).toBe(false);
    expect(upgradeSettings({ setupDone: true }).setupDone).toBe(true);
    expect(upgradeSettings(undefined).setupDone).toBe(false);
  });

  it('keeps a template that has the retired wording but other words of the user’s own', () => {
    const body =
      'Hi,\n\nThank you for contacting me about {{topic}} ({{contact}}). I have it in hand, and you will hear from me by {{nextUpdate}} at the latest.\n\nThanks';
    expect(
      upgradeSettings({ templates: { ...DEFAULT_TEMPLATES, acknowledgement: { subject: 'Hi', body } } }).templates.acknowledgement,
    ).toEqual({
      subject: 'Hi',
      body,
    });
  });
});
