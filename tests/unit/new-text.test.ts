import { describe, expect, it } from 'vitest';
import { newText } from '../../shared/email/new-text';

// Each expectation is the sender's own words, copied by hand from the message above it.
describe('the new text of a message', () => {
  it('keeps a reply written below the quote (bottom-posting)', () => {
    const body =
      'Hi Sam,\n\nOn Mon, 2 Nov 2026 at 09:00, Sam Patel <sam@x.example> wrote:\n> Could you confirm the venue?\n> Thanks\n\nYes, the venue is confirmed for 12 March.\nCould Alex also sign the contract?';
    expect(newText(body)).toBe('Hi Sam,\n\nYes, the venue is confirmed for 12 March.\nCould Alex also sign the contract?');
  });

  it('keeps answers written between quoted lines', () => {
    expect(newText('Hello,\n> Is the first date free?\nYes, it is.\n> And the second?\nNo, sorry.\n')).toBe(
      'Hello,\nYes, it is.\nNo, sorry.',
    );
  });

  it.each([
    [
      'French, Gmail',
      'Je confirme la date.\n\nLe lun. 2 nov. 2026 à 09:00, Sam Patel <sam@x.example> a écrit :\n> Pouvez-vous confirmer ?',
      'Je confirme la date.',
    ],
    [
      'French, Outlook',
      'Merci pour votre retour.\n\nDe : Sam Patel <sam@x.example>\nEnvoyé : lundi 2 novembre 2026 09:00\nÀ : Priya\nObjet : Salle\n\nPouvez-vous confirmer ?',
      'Merci pour votre retour.',
    ],
    [
      'German, Outlook',
      'Danke, passt.\n\nVon: Sam Patel <sam@x.example>\nGesendet: Montag, 2. November 2026 09:00\nAn: Priya\nBetreff: Saal\n\nKönnen Sie bestätigen?',
      'Danke, passt.',
    ],
    ['German, Gmail', 'Ja, gerne.\n\nAm 02.11.2026 um 09:00 schrieb Sam Patel <sam@x.example>:\n> Können Sie bestätigen?', 'Ja, gerne.'],
    [
      'Italian, Outlook',
      'Va bene.\n\nDa: Sam Patel <sam@x.example>\nInviato: lunedì 2 novembre 2026 09:00\nA: Priya\nOggetto: Sala\n\nPuò confermare?',
      'Va bene.',
    ],
    [
      'Dutch, Outlook',
      'Prima, tot dan.\n\nVan: Sam Patel <sam@x.example>\nVerzonden: maandag 2 november 2026 09:00\nAan: Priya\nOnderwerp: Zaal\n\nKunt u bevestigen?',
      'Prima, tot dan.',
    ],
    [
      'Spanish, Gmail',
      'Confirmado, gracias.\n\nEl lun, 2 nov 2026 a las 9:00, Sam Patel (<sam@x.example>) escribió:\n> ¿Puede confirmar?',
      'Confirmado, gracias.',
    ],
    [
      'Russian',
      'Спасибо, подтверждаю.\n\n2 нояб. 2026 г., в 9:00, Sam Patel <sam@x.example> написал:\n> Можете подтвердить?',
      'Спасибо, подтверждаю.',
    ],
    ['Yahoo', 'Sounds good.\n\n--- On Mon, 11/2/26, Sam Patel <sam@x.example> wrote:\n\n> Could you confirm?', 'Sounds good.'],
    [
      'Russian, Android',
      'Добрый день!\n\nДа, пятница подходит.\n\n02.04.2012 14:20 пользователь "Sam Patel" <sam@x.example> написал:\n> Подходит ли пятница?\n> Спасибо',
      'Добрый день!\n\nДа, пятница подходит.',
    ],
    [
      'Russian, Android, the header wrapped',
      'Да, подходит.\n\n02.04.2012 14:20 пользователь "Sam Patel" <sam@x.example>\nнаписал:\n\n> Подходит ли пятница?',
      'Да, подходит.',
    ],
    [
      'Russian, Android, the quote not marked',
      'Да, подходит.\n\n02.04.2012 14:20 пользователь Sam Patel написала:\nПодходит ли пятница?',
      'Да, подходит.',
    ],
  ])('cuts the history under a reply header: %s', (_language, body, expected) => {
    expect(newText(body)).toBe(expected);
  });
});
