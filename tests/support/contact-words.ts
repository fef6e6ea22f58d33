/** How a draft names the way the client reached us, word for word: "you called me on …". */
export const CONTACT_WORDS: Record<string, string> = {
  email: 'you emailed me',
  phone: 'you called me',
  voicemail: 'you left me a voicemail',
  'in-person': 'we spoke in person',
  other: 'you got in touch',
};
