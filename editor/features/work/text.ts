// The work feature's own strings (autosave, offline queue, conflict view), Danish first.

export interface WorkText {
  sync: {
    /** The heading of the sync status box, for screen readers. */
    label: string;
    idle: string;
    saving: string;
    saved: (time: string) => string;
    offline: string;
    submitQueued: string;
    submitting: string;
    conflict: string;
    failed: (reason: string) => string;
    localUnavailable: string;
  };
  restore: {
    fromDevice: (time: string) => string;
    fromServer: (time: string) => string;
  };
  conflict: {
    title: string;
    draftIntro: (time: string) => string;
    submittedIntro: (time: string) => string;
    field: string;
    mine: string;
    theirs: string;
    keepMine: string;
    takeTheirs: string;
    allMine: string;
    allTheirs: string;
    apply: string;
    empty: string;
    resolved: string;
    leave: string;
  };
  submitAgain: string;
  notDueKept: string;
}

export const workTexts: Record<'da' | 'en', WorkText> = {
  da: {
    sync: {
      label: 'Kladde',
      idle: 'Kladden gemmes automatisk, mens du skriver.',
      saving: 'Gemmer…',
      saved: (time) => `Gemt ${time}`,
      offline: 'Ikke forbundet – gemt på enheden',
      submitQueued: 'Ikke forbundet – skemaet er gemt på enheden og sendes, når forbindelsen er tilbage',
      submitting: 'Sender skemaet…',
      conflict: 'Konflikt',
      failed: (reason) => `Kladden kunne ikke gemmes på serveren: ${reason} Den er gemt på enheden.`,
      localUnavailable: 'Enheden kan ikke gemme kladder (privat browsing?). Kladden gemmes kun på serveren.',
    },
    restore: {
      fromDevice: (time) => `Din kladde fra ${time} er hentet fra enheden.`,
      fromServer: (time) => `Din kladde fra ${time} er hentet fra serveren.`,
    },
    conflict: {
      title: 'Konflikt: skemaet er ændret et andet sted',
      draftIntro: (time) =>
        `Kladden er gemt fra en anden enhed ${time}, mens du skrev her. Vælg for hvert felt, hvilken udgave der skal gælde.`,
      submittedIntro: (time) =>
        `Skemaet er indsendt af en anden ${time}, mens du skrev her. Sammenlign, og vælg hvad du vil sende.`,
      field: 'Felt',
      mine: 'Min udgave',
      theirs: 'Den anden udgave',
      keepMine: 'Min',
      takeTheirs: 'Den anden',
      allMine: 'Vælg min udgave i alle felter',
      allTheirs: 'Vælg den anden udgave i alle felter',
      apply: 'Brug de valgte udgaver',
      empty: '(tom)',
      resolved: 'Konflikten er løst. Kladden er gemt med de valgte udgaver.',
      leave: 'Behold den indsendte og gå tilbage til familien',
    },
    submitAgain: 'Send min udgave',
    notDueKept:
      'Skemaet skal ikke længere udfyldes i forløbets nuværende trin. Din udgave er gemt på enheden indtil videre.',
  },
  en: {
    sync: {
      label: 'Draft',
      idle: 'The draft is saved automatically while you type.',
      saving: 'Saving…',
      saved: (time) => `Saved ${time}`,
      offline: 'Not connected – saved on this device',
      submitQueued:
        'Not connected – the form is saved on this device and is sent when the connection is back',
      submitting: 'Sending the form…',
      conflict: 'Conflict',
      failed: (reason) => `The draft could not be saved on the server: ${reason} It is saved on this device.`,
      localUnavailable:
        'This device cannot store drafts (private browsing?). The draft is saved on the server only.',
    },
    restore: {
      fromDevice: (time) => `Your draft from ${time} was restored from this device.`,
      fromServer: (time) => `Your draft from ${time} was restored from the server.`,
    },
    conflict: {
      title: 'Conflict: the form was changed elsewhere',
      draftIntro: (time) =>
        `The draft was saved from another device ${time} while you were typing here. Choose which version applies for each field.`,
      submittedIntro: (time) =>
        `The form was submitted by someone else ${time} while you were typing here. Compare, and choose what to send.`,
      field: 'Field',
      mine: 'My version',
      theirs: 'The other version',
      keepMine: 'Mine',
      takeTheirs: 'The other',
      allMine: 'Choose my version in every field',
      allTheirs: 'Choose the other version in every field',
      apply: 'Use the chosen versions',
      empty: '(empty)',
      resolved: 'The conflict is resolved. The draft is saved with the chosen versions.',
      leave: 'Keep the submitted one and go back to the family',
    },
    submitAgain: 'Send my version',
    notDueKept:
      'The form is no longer due in the pathway’s current step. Your version is kept on this device for now.',
  },
};
