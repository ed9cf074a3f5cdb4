import type { KitMessages } from '../types';
import { plural } from '../plural';

const p = plural('ar');
const num = (n: number) => p(n, { other: '#' });

/** Arabic (Modern Standard), with its six plural categories. */
export const ar: KitMessages = {
  cancel: 'إلغاء',
  save: 'حفظ',
  loading: 'جارٍ التحميل',
  search: 'بحث',
  clearSearch: 'مسح البحث',
  presence: { online: 'متصل', away: 'بعيد', offline: 'غير متصل' },
  unread: (n) =>
    p(n, {
      zero: 'لا رسائل غير مقروءة',
      one: 'رسالة واحدة غير مقروءة',
      two: 'رسالتان غير مقروءتين',
      few: '# رسائل غير مقروءة',
      many: '# رسالة غير مقروءة',
      other: '# رسالة غير مقروءة',
    }),
  capped: (max) => `+${num(max)}`,
  members: (n) => p(n, { zero: 'لا أعضاء', one: 'عضو واحد', two: 'عضوان', few: '# أعضاء', many: '# عضوًا', other: '# عضو' }),

  status: { sending: 'جارٍ الإرسال', sent: 'أُرسلت', delivered: 'وصلت', read: 'قُرئت', failed: 'لم تُرسل' },
  deletedMessage: 'حُذفت هذه الرسالة',
  deleteQuestion: 'حذف هذه الرسالة؟',
  delete: 'حذف',
  editAction: 'تعديل[ الرسالة]',
  deleteAction: 'حذف[ الرسالة]',
  editMessage: 'تعديل الرسالة',
  edited: 'معدّلة',
  notSent: 'لم تُرسل الرسالة.',
  retry: 'إعادة المحاولة',
  discard: 'تجاهل',

  composerLabel: 'رسالة',
  composerPlaceholder: 'اكتب رسالة…',
  send: 'إرسال',
  charactersLeft: (n) =>
    p(n, {
      zero: 'لم يتبقَّ أي حرف',
      one: 'تبقّى حرف واحد',
      two: 'تبقّى حرفان',
      few: 'تبقّت # أحرف',
      many: 'تبقّى # حرفًا',
      other: 'تبقّى # حرف',
    }),

  typing: (names) =>
    names.length === 1
      ? `${names[0]} يكتب…`
      : names.length === 2
        ? `${names[0]} و${names[1]} يكتبان…`
        : p(names.length, { few: '# أشخاص يكتبون…', many: '# شخصًا يكتبون…', other: '# شخص يكتبون…' }),

  typingPreview: 'يكتب…',
  groupSuffix: (n) => (n === undefined ? '، مجموعة' : `، مجموعة، ${ar.members(n)}`),

  chats: 'المحادثات',
  searchChats: 'البحث في المحادثات',
  noChatsMatch: 'لا توجد محادثات تطابق بحثك.',
  noConversations: 'لا توجد محادثات بعد',
  noConversationsHint: 'ابحث عن شخص لبدء محادثة.',

  loadingOlder: 'جارٍ تحميل الرسائل الأقدم',
  newMessages: (n) =>
    p(n, {
      zero: 'لا رسائل جديدة',
      one: 'رسالة جديدة واحدة',
      two: 'رسالتان جديدتان',
      few: '# رسائل جديدة',
      many: '# رسالة جديدة',
      other: '# رسالة جديدة',
    }),
  jumpToLatest: 'الانتقال إلى الأحدث',

  backToChats: 'العودة إلى المحادثات',
  membersToggle: 'الأعضاء',
  lastSeen: 'آخر ظهور',

  renameGroup: 'إعادة تسمية المجموعة',
  groupName: 'اسم المجموعة',
  nameMaxLength: (max) => `${num(max)} حرفًا على الأكثر.`,
  closeMembers: 'إغلاق الأعضاء',
  leaveQuestion: (group) => `مغادرة ${group}؟ لن تصلك رسائلها بعد الآن.`,
  stay: 'البقاء',
  leave: 'مغادرة',
  leaveGroup: 'مغادرة المجموعة',
  admin: 'مشرف',
  you: '(أنت)',
  removeQuestion: (name) => `إزالة ${name}؟`,
  remove: 'إزالة',
  makeAdmin: 'تعيين [{name} ]مشرفًا',
  removeAdmin: 'إلغاء إشراف[ {name}]',
  removeMember: 'إزالة[ {name}]',

  createGroup: 'إنشاء مجموعة',
  noPeopleFound: 'لم يُعثر على أحد.',
  noPeopleToAdd: 'لا يوجد أشخاص لإضافتهم.',
  membersTitle: 'الأعضاء',
  addedOfMax: (n, max) => `أُضيف ${num(n)} من ${num(max)}`,
  peopleAdded: (n) =>
    p(n, {
      zero: 'لم يُضف أحد',
      one: 'أُضيف شخص واحد',
      two: 'أُضيف شخصان',
      few: 'أُضيف # أشخاص',
      many: 'أُضيف # شخصًا',
      other: 'أُضيف # شخص',
    }),
  noOneAdded: 'لم تُضف أحدًا بعد',
  addPeople: 'إضافة أشخاص',
  people: 'الأشخاص',
  addedPeople: 'الأشخاص المضافون',
  searching: 'جارٍ البحث…',
  removePerson: (name) => `إزالة ${name}`,
  groupNameTooLong: 'اسم المجموعة طويل جدًا.',
  needNameAndPeople: 'أضف اسمًا للمجموعة وشخصًا واحدًا على الأقل.',
  needName: 'أضف اسمًا للمجموعة.',
  needPeople: 'أضف شخصًا واحدًا على الأقل.',

  username: 'اسم المستخدم',
  password: 'كلمة المرور',
  email: 'البريد الإلكتروني',
  logIn: 'تسجيل الدخول',
  createAccount: 'إنشاء حساب',
  register: 'التسجيل',
  haveAccount: 'لدي حساب بالفعل',
  enterUsername: 'أدخل اسم المستخدم.',
  enterPassword: 'أدخل كلمة المرور.',
  chooseUsername: 'اختر اسم مستخدم.',
  usernameRule: 'استخدم من 3 إلى 32 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية.',
  usernameHint: 'من 3 إلى 32 حرفًا لاتينيًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية.',
  enterEmail: 'أدخل بريدك الإلكتروني.',
  invalidEmail: 'أدخل بريدًا إلكترونيًا صالحًا.',
  passwordTooShort: (min) => `استخدم ${num(min)} أحرف على الأقل.`,
  passwordHint: (min) => `${num(min)} أحرف على الأقل.`,

  details: 'التفاصيل',
  conversations: 'المحادثات',
  conversation: 'المحادثة',

  // Attachments: messages
  openImage: (name) => `فتح ${name}`,
  moreImages: (count) => `${num(count)}+`,
  downloadFile: (name) => `تنزيل ${name}`,
  download: 'تنزيل',
  playVoice: 'تشغيل الرسالة الصوتية',
  pauseVoice: 'إيقاف الرسالة الصوتية مؤقتًا',
  playbackPosition: 'موضع التشغيل',
  playbackTime: (position, duration) => `${position} من ${duration}`,
  closeViewer: 'إغلاق',
  previousImage: 'الصورة السابقة',
  nextImage: 'الصورة التالية',
  imagePosition: (index, count) => `${p(index, { other: '#' })} من ${p(count, { other: '#' })}`,
  // Attachments: composer
  attachFiles: 'إرفاق ملفات',
  attachments: 'المرفقات',
  removeAttachment: (name) => `إزالة ${name}`,
  retryAttachment: (name) => `إعادة محاولة ${name}`,
  uploadingAttachment: (name) => `جارٍ رفع ${name}`,
  uploadFailed: 'تعذّر الرفع.',
  attachmentsFailedHint: 'أزل الملفات التي تعذّر رفعها أو أعد محاولة رفعها.',
  dropFiles: 'أفلت الملفات لإرفاقها',
  recordVoice: 'تسجيل رسالة صوتية',
  stopRecording: 'إيقاف التسجيل',
  cancelRecording: 'إلغاء التسجيل',
  sendVoice: 'إرسال الرسالة الصوتية',
  deleteVoice: 'حذف الرسالة الصوتية',
  voiceMessage: 'رسالة صوتية',
  recording: 'جارٍ التسجيل',
  inputLevel: 'مستوى الإدخال',
  micDenied: 'رُفض الوصول إلى الميكروفون. اسمح به في إعدادات الموقع في متصفحك للتسجيل.',
  micMissing: 'لم يُعثر على ميكروفون. وصّل ميكروفونًا للتسجيل.',
  micUnavailable: 'التسجيل غير متاح في هذا المتصفح.',
  // Replies, reactions, formatting
  goToQuoted: '[الانتقال إلى رسالة ]{name}',
  quotedDeleted: 'رسالة محذوفة',
  replyingTo: (name) => `الرد على ${name}`,
  cancelReply: 'إلغاء الرد',
  reactions: 'التفاعلات',
  reaction: (emoji, n, me) => `${emoji} ${num(n)}${me ? '، تفاعلتَ' : ''}`,
  reactedBy: (names, others) =>
    others > 0
      ? `${names.join('، ')} ${p(others, { one: 'وشخص آخر', two: 'وشخصان آخران', few: 'و# أشخاص آخرين', many: 'و# شخصًا آخر', other: 'و# شخص آخر' })}`
      : names.length > 1
        ? `${names.slice(0, -1).join('، ')} و${names[names.length - 1]}`
        : (names[0] ?? ''),
  addReaction: 'إضافة تفاعل',
  // Link previews, pins, new messages, emoji picker
  linkPreview: 'معاينة الرابط',
  removePreview: 'إزالة المعاينة',
  pinnedMessages: 'الرسائل المثبّتة',
  goToPinned: 'الانتقال إلى الرسالة المثبّتة',
  nextPinned: 'الرسالة المثبّتة التالية',
  pinnedPosition: (i, n) => `${num(i)} من ${num(n)}`,
  unpin: 'إلغاء التثبيت',
  newMessagesDivider: 'رسائل جديدة',
  jumpToFirstUnread: 'الانتقال إلى أول رسالة غير مقروءة',
  moreEmoji: 'مزيد من الرموز التعبيرية',
  emojiPicker: 'الرموز التعبيرية',
  searchEmoji: 'البحث في الرموز التعبيرية',
  loadingEmoji: 'جارٍ تحميل الرموز التعبيرية',
  noEmojiFound: 'لم يُعثر على رموز تعبيرية',
  // Message actions, mentions, forwarding
  moreActions: 'إجراءات أخرى',
  messageActions: 'إجراءات الرسالة',
  reply: 'رد',
  react: 'تفاعل',
  forward: 'إعادة توجيه',
  pin: 'تثبيت',
  copyText: 'نسخ النص',
  mentionSuggestions: 'أشخاص للإشارة إليهم',
  copied: 'تم النسخ',
  forwarded: 'معاد توجيهها',
  forwardMessage: 'إعادة توجيه الرسالة',
  searchConversations: 'البحث في المحادثات',
  noConversationsMatch: 'لا توجد محادثات مطابقة',
  forwarding: 'جارٍ إعادة التوجيه…',
  forwardFailed: 'تعذّرت إعادة التوجيه، حاول مرة أخرى',
  mentionedTimes: (n) =>
    p(n, {
      zero: 'لا إشارات',
      one: 'أشير إليك مرة واحدة',
      two: 'أشير إليك مرتين',
      few: 'أشير إليك # مرات',
      many: 'أشير إليك # مرة',
      other: 'أشير إليك # مرة',
    }),
  // Calls
  startAudioCall: 'بدء مكالمة صوتية',
  startVideoCall: 'بدء مكالمة فيديو',
  incomingCall: (name, video) => (video ? `مكالمة فيديو من ${name}` : `مكالمة من ${name}`),
  accept: 'قبول',
  decline: 'رفض',
  callControls: 'أدوات التحكم في المكالمة',
  mute: 'كتم الميكروفون',
  unmute: 'إلغاء كتم الميكروفون',
  turnCameraOff: 'إيقاف الكاميرا',
  turnCameraOn: 'تشغيل الكاميرا',
  switchCamera: 'تبديل الكاميرا',
  shareScreen: 'مشاركة الشاشة',
  stopSharing: 'إيقاف المشاركة',
  hangUp: 'إنهاء المكالمة',
  participantMuted: (name) => `ميكروفون ${name} مكتوم`,
  callState: {
    connecting: 'جارٍ الاتصال…',
    ringing: 'جارٍ الرنين…',
    connected: 'متصل',
    reconnecting: 'جارٍ إعادة الاتصال…',
    ended: 'انتهت المكالمة',
  },
  callDuration: 'مدة المكالمة',
  callNotice: (outcome, video, outgoing, duration) => {
    const call = video ? 'مكالمة فيديو' : 'مكالمة صوتية';
    if (outcome === 'missed') return outgoing ? `${call}، لم يتم الرد` : `${call} فائتة`;
    if (outcome === 'declined') return outgoing ? `${call} مرفوضة` : `رفضت ${call}`;
    return duration ? `${call}، ${duration}` : call;
  },
  callBack: 'معاودة الاتصال',
  callInProgress: 'مكالمة جارية',
  peopleInCall: (n) =>
    p(n, {
      zero: 'لا أحد في المكالمة',
      one: 'شخص واحد في المكالمة',
      two: 'شخصان في المكالمة',
      few: '# أشخاص في المكالمة',
      many: '# شخصًا في المكالمة',
      other: '# شخص في المكالمة',
    }),
  moreInCall: (n) => p(n, { one: 'وشخص آخر', two: 'وشخصان آخران', few: 'و# آخرون', many: 'و# آخرون', other: 'و# آخرون' }),
  joinCall: 'الانضمام إلى المكالمة',
  dismissCall: 'تجاهل',
};
