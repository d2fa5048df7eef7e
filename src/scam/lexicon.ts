/**
 * Word lists of the scam assessment, lower-case, in the languages the product meets
 * (English, Hindi, Indonesian, Italian, Chinese, Spanish, Portuguese, Russian, Arabic).
 * Matching is on lower-cased text; Latin and Cyrillic entries only match whole words
 * (see `wordRegex`), other scripts match anywhere.
 */

/** Wording that presents a phone line as customer support: enough on its own next to the brand. */
export const HOTLINE_STRONG: readonly string[] = [
  // English
  'customer care',
  'customer-care',
  'customer service number',
  'customer service phone',
  'customer service helpline',
  'customer support number',
  'customer support phone',
  'support number',
  'support phone number',
  'support phone',
  'support hotline',
  'support line',
  'contact number',
  'phone number for support',
  'helpline',
  'help line',
  'helpdesk number',
  'help desk number',
  'hotline',
  'hot line',
  'toll free',
  'toll-free',
  'tollfree',
  '24x7',
  '24 x 7',
  '24*7',
  '24/7',
  'call center',
  'call centre',
  'callcenter',
  'phone support',
  'telephone support',
  'complaint number',
  'care number',
  // Italian
  'numero verde',
  'assistenza telefonica',
  'numero di assistenza',
  'numero assistenza',
  'numero di telefono assistenza',
  "numero dell'assistenza",
  'servizio clienti',
  "numero di telefono dell'assistenza",
  'assistenza clienti',
  'numero del servizio clienti',
  // Indonesian
  'nomor layanan pelanggan',
  'layanan pelanggan',
  'nomor cs',
  'nomor customer service',
  'nomor call center',
  'nomor pengaduan',
  'nomor bantuan',
  'nomor telepon cs',
  'layanan telepon',
  'nomor telepon cs',
  'nomor telepon layanan',
  'nomor hotline',
  'bebas pulsa',
  // Chinese
  '客服電話',
  '客服电话',
  '客服熱線',
  '客服热线',
  '客服專線',
  '客服专线',
  '服務熱線',
  '服务热线',
  '服務專線',
  '服务专线',
  '免付費電話',
  '免费电话',
  '免費電話',
  '24小時客服',
  '24小时客服',
  '人工客服',
  '客服中心電話',
  '客服中心电话',
  '聯絡電話',
  '联系电话',
  '聯繫電話',
  '热线电话',
  '服务电话',
  '服務電話',
  '人工服务',
  '人工服務',
  '客服号码',
  '客服號碼',
  '电话客服',
  '電話客服',
  '熱線電話',
  // Spanish
  'atención al cliente',
  'atención a clientes',
  'atencion a clientes',
  'atencion al cliente',
  'lada sin costo',
  'línea sin costo',
  'número sin costo',
  'número de atención',
  'teléfono de atención',
  'número de soporte',
  'teléfono de soporte',
  'soporte telefónico',
  'línea de ayuda',
  'número gratuito',
  'servicio al cliente',
  'centro de llamadas',
  'teléfono gratuito',
  'línea gratuita',
  'teléfono de contacto',
  'número de contacto',
  // Portuguese
  'número de atendimento',
  'atendimento ao cliente',
  'central de atendimento',
  'telefone de suporte',
  'telefone do suporte',
  'suporte telefônico',
  'suporte telefonico',
  'número de suporte',
  'linha de apoio',
  'sac',
  // Russian
  'служба поддержки',
  'службы поддержки',
  'службу поддержки',
  'телефон поддержки',
  'номер поддержки',
  'горячая линия',
  'горячей линии',
  'горячую линию',
  'бесплатный номер',
  'колл-центр',
  'контакт-центр',
  'телефон службы',
  'техподдержка',
  'техподдержки',
  'техподдержку',
  'телефон техподдержки',
  'номер техподдержки',
  // Hindi
  'हेल्पलाइन',
  'कस्टमर केयर',
  'टोल फ्री',
  'ग्राहक सेवा',
  'कस्टमर सपोर्ट',
  'शिकायत नंबर',
  'सहायता नंबर',
  // Arabic
  'خدمة العملاء',
  'خدمة عملاء',
  'رقم خدمة',
  'الخط الساخن',
  'رقم الدعم',
  'الدعم الفني',
  'مركز الاتصال',
  'رقم مجاني',
  'خط المساعدة',
  // German
  'kundenservice nummer',
  'kundenservice-nummer',
  'kundenservice telefonnummer',
  'kundendienst nummer',
  'servicenummer',
  'service-hotline',
  'kundenhotline',
  'kostenlose hotline',
  'support-hotline',
  // French
  'numéro vert',
  'assistance téléphonique',
  "numéro d'assistance",
  'numéro d’assistance',
  'numéro du service client',
  'numéro service client',
  'numéro de service client',
  "centre d'appels",
  "centre d'appel",
  'centre d’appels',
  'numéro de support',
  "ligne d'assistance",
  'ligne d’assistance',
  // Turkish
  'müşteri hizmetleri',
  'müşteri hizmetleri numarası',
  'çağrı merkezi',
  'destek hattı',
  'yardım hattı',
  'iletişim numarası',
  'ücretsiz hat',
  // Vietnamese
  'tổng đài',
  'tổng đài hỗ trợ',
  'số điện thoại hỗ trợ',
  'đường dây nóng',
  'chăm sóc khách hàng',
  'cskh',
  // Thai
  'ศูนย์บริการลูกค้า',
  'คอลเซ็นเตอร์',
  'สายด่วน',
  'เบอร์โทรติดต่อ',
  'ฝ่ายบริการลูกค้า',
  'เบอร์ติดต่อ',
  // Urdu
  'ہیلپ لائن',
  'کسٹمر کیئر',
  'کسٹمر سروس نمبر',
  'رابطہ نمبر',
  'ٹول فری',
  'کال سینٹر',
  // Bengali
  'হেল্পলাইন',
  'কাস্টমার কেয়ার',
  'গ্রাহক সেবা নম্বর',
  'কল সেন্টার',
  'টোল ফ্রি',
  // Malay
  'talian bantuan',
  'khidmat pelanggan',
  'nombor khidmat pelanggan',
  'pusat panggilan',
  'nombor hotline',
  // Japanese
  'サポートセンター',
  'コールセンター',
  'お客様センター',
  'フリーダイヤル',
  'サポート窓口',
  'カスタマーセンター',
  // Korean
  '고객센터',
  '고객 센터',
  '상담센터',
  '콜센터',
  '수신자 부담',
  // Persian
  'پشتیبانی تلفنی',
  'شماره پشتیبانی',
  'مرکز تماس',
  'خط ویژه',
  // Polish
  'infolinia',
  'infolinii',
  'numer infolinii',
  'biuro obsługi klienta',
  'numer obsługi klienta',
  'centrum obsługi klienta',
  // Dutch
  'klantenservice nummer',
  'klantenservicenummer',
  'helpdesk nummer',
  'servicenummer',
  'gratis nummer',
  // Swahili
  'huduma kwa wateja',
  'namba ya huduma kwa wateja',
  'nambari ya msaada',
  'laini ya msaada',
  // Tamil
  'வாடிக்கையாளர் சேவை எண்',
  'உதவி எண்',
  'ஹெல்ப்லைன்',
  'கஸ்டமர் கேர்',
  // Service-centre and "official support" wording
  'service center',
  'service centre',
  'servicecenter',
  'kundencenter',
  'centro de servicio',
  'centro de atención',
  'centro de atendimento',
  'centro assistenza',
  'centre de service',
  'pusat layanan',
  'official support',
  'official customer care',
  'official helpline',
  'soporte oficial',
  'suporte oficial',
  'supporto ufficiale',
  'offizieller kundenservice',
  'service client officiel',
  'dukungan resmi',
  '官方客服',
  '官方客服热线',
  '官方客服熱線',
];

/** Generic support wording: counts next to the brand only when the page is about the brand. */
export const HOTLINE_WEAK: readonly string[] = [
  'customer service',
  'customer support',
  'support team',
  'support',
  'helpdesk',
  'help desk',
  'cs',
  '客服',
  'assistenza',
  'supporto',
  'soporte',
  'suporte',
  'atendimento',
  'поддержка',
  'поддержки',
  'सहायता',
  'सपोर्ट',
  'الدعم',
  'دعم',
  'kundenservice',
  'kundendienst',
  'service client',
  'service clientèle',
  'support technique',
  'destek',
  'müşteri desteği',
  'hỗ trợ',
  'ฝ่ายสนับสนุน',
  'کسٹمر سروس',
  'গ্রাহক সেবা',
  'サポート',
  '고객지원',
  'پشتیبانی',
  'obsługa klienta',
  'wsparcie',
  'klantenservice',
  'msaada',
  'வாடிக்கையாளர் சேவை',
  'সাপোর্ট টিম',
  'সাপোর্ট নম্বর',
];

/** Words between a support phrase and the brand that make the brand a channel ("… on WhatsApp"). */
export const CHANNEL_WORDS: readonly string[] = [
  'on',
  'via',
  'through',
  'thru',
  'over',
  'by',
  'at',
  'in',
  'with',
  'using',
  'our',
  'us',
  'your',
  'and',
  'or',
  'su',
  'tramite',
  'attraverso',
  'con',
  'nostro',
  'nostra',
  'e',
  'o',
  'lewat',
  'melalui',
  'pakai',
  'dengan',
  'kami',
  'dan',
  'atau',
  'por',
  'pelo',
  'pela',
  'no',
  'na',
  'en',
  'nuestro',
  'nuestra',
  'nosso',
  'nossa',
  'y',
  'ou',
  'через',
  'по',
  'в',
  'наш',
  'наша',
  'и',
  'или',
  'पर',
  'से',
  'हमारे',
  'और',
  'या',
  'عبر',
  'في',
  'على',
  'أو',
  'و',
];

/** Chinese channel markers (no word boundaries in Chinese). */
export const CHANNEL_CJK = /[通透经經用在或和及與与]|我們|我们|本店|本公司/;

/** "Scam", "fake", "beware": a page or sentence that warns. */
export const WARNING_WORDS: readonly string[] = [
  'scam',
  'scams',
  'scammer',
  'scammers',
  'scammed',
  'fraud',
  'frauds',
  'fraudster',
  'fraudsters',
  'fraudulent',
  'fake',
  'fakes',
  'beware',
  'phishing',
  'impersonat',
  'impostor',
  'imposter',
  'bogus',
  'con artists',
  'criminals',
  'swindl',
  'truffa',
  'truffe',
  'truffatori',
  'truffatore',
  'falso',
  'falsi',
  'false',
  'fasull',
  'frode',
  'frodi',
  'raggir',
  'diffidate',
  'attenzione ai',
  'penipuan',
  'penipu',
  'palsu',
  'waspada',
  'hati-hati',
  'modus',
  'hoaks',
  'hoax',
  'estafa',
  'estafas',
  'estafador',
  'estafadores',
  'fraude',
  'fraudes',
  'falsos',
  'engaño',
  'suplantación',
  'golpe',
  'golpes',
  'golpista',
  'golpistas',
  'мошенн',
  'фейк',
  'поддельн',
  'обман',
  'лжеслужб',
  'осторожно',
  'धोखाधड़ी',
  'धोखा',
  'फर्जी',
  'ठगी',
  'ठग',
  'सावधान',
  'नकली',
  'स्कैम',
  'फ्रॉड',
  'احتيال',
  'محتال',
  'مزيف',
  'مزيفة',
  'وهمي',
  'وهمية',
  'احذر',
  'نصب',
  '詐騙',
  '诈骗',
  '假冒',
  '騙',
  '骗',
  '假的',
  '虛假',
  '虚假',
  '冒充',
  '冒用',
  '提防',
  '警惕',
  '小心',
  // Reported speech: "posing as", "so-called", "mengaku", "自稱".
  'posing as',
  'claiming to be',
  'claims to be',
  'pretending',
  'pretend to be',
  'purporting',
  'so-called',
  'supposedly',
  'allegedly',
  'sedicente',
  'sedicenti',
  'presunto',
  'presunta',
  'finto',
  'finta',
  'finti',
  'mengaku',
  'mengatasnamakan',
  'supuesto',
  'supuesta',
  'supuestos',
  'suposto',
  'suposta',
  'так называем',
  'якобы',
  'कथित',
  'المزعوم',
  '自稱',
  '自称',
  '所謂',
  '所谓',
  '號稱',
  '号称',
  'betrug',
  'betrüger',
  'betrugsmasche',
  'gefälscht',
  'gefälschte',
  'gefälschten',
  'vorsicht',
  'warnung',
  'abzocke',
  'arnaque',
  'arnaques',
  'escroquerie',
  'escroqueries',
  'escroc',
  'escrocs',
  'frauduleux',
  'frauduleuse',
  'faux',
  'fausse',
  'fausses',
  'méfiez-vous',
  'hameçonnage',
  'usurpation',
  'dolandırıcı',
  'dolandırıcılar',
  'dolandırıcılık',
  'sahte',
  'uyarı',
  'lừa đảo',
  'giả mạo',
  'cảnh giác',
  'mạo danh',
  'cảnh báo',
  'kẻ gian',
  'มิจฉาชีพ',
  'หลอกลวง',
  'ปลอม',
  'ระวัง',
  'แอบอ้าง',
  'เตือนภัย',
  'فراڈ',
  'دھوکہ',
  'جعلی',
  'ہوشیار',
  'خبردار',
  'প্রতারণা',
  'প্রতারক',
  'ভুয়া',
  'সতর্ক',
  'berhati-hati',
  'awas',
  '詐欺',
  'なりすまし',
  'フィッシング',
  '사기',
  '가짜',
  '피싱',
  '사칭',
  'کلاهبرداری',
  'هشدار',
  'فیشینگ',
  'oszustwo',
  'oszuści',
  'oszustów',
  'oszustwa',
  'fałszywy',
  'fałszywe',
  'fałszywych',
  'wyłudzenie',
  'oplichting',
  'oplichters',
  'nep',
  'frauduleus',
  'utapeli',
  'matapeli',
  'tapeli',
  'ulaghai',
  'tahadhari',
  'மோசடி',
  'போலி',
  'எச்சரிக்கை',
  'manloloko',
  'pekeng',
  '名乗る',
  '騙る',
  '偽の',
  '偽物',
  '조심',
  '주의하세요',
];

/** Negations: "never share the code", "non chiamare", "不要撥打". */
export const NEGATION_WORDS: readonly string[] = [
  'never',
  'not',
  "don't",
  'don’t',
  "doesn't",
  'doesn’t',
  "won't",
  'no',
  'avoid',
  'without',
  'mai',
  'non',
  'nessun',
  'nessuna',
  'evita',
  'jangan',
  'tidak',
  'tak',
  'bukan',
  'hindari',
  'nunca',
  'jamás',
  'não',
  'nao',
  'evite',
  'никогда',
  'не',
  'нет',
  'कभी',
  'नहीं',
  'मत',
  'لا',
  'أبدا',
  'أبدًا',
  'لن',
  'ليس',
  'kein',
  'keine',
  'keinen',
  'nicht',
  'niemals',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'değil',
  'yok',
  'kimseyle',
  'hiçbir',
  'hiç kimse',
  'asla',
  'không',
  'chưa',
  'đừng',
  'ไม่',
  'อย่า',
  'نہیں',
  'کبھی',
  'না',
  'kadai',
  'tiada',
  'ない',
  'しない',
  '않',
  '없',
  'نه',
  'nigdy',
  'nie',
  'niet',
  'geen',
  'nooit',
  'hakuna',
  'kamwe',
  'usi',
  'hindi',
  'wala',
];

/** Negations in Chinese (no word boundaries). */
export const NEGATION_CJK = /[不勿別别沒没無无未非]|切勿|絕不|绝不|從不|从不|永遠不|永远不/;

/**
 * Statements that the brand has no phone support (counter-evidence). Each is a regex source
 * matched on lower-cased text close to a brand mention.
 */
export const NO_PHONE_SUPPORT: readonly RegExp[] = [
  /(?:does not|doesn'?t|doesn’t|do not|don'?t|don’t|has no|have no|never|no longer|not)\s(?:\w+\s){0,4}?(?:offer|provide|have|operate|run|give|list|publish)s?\s(?:\w+\s){0,4}?(?:phone|telephone|call|customer care|helpline|hotline|toll[- ]free)/,
  /(?:there is|there's|there’s|has|have)\s(?:no|not any)\s(?:\w+\s){0,4}?(?:phone|telephone|customer care|helpline|hotline|toll[- ]free|call cent)/,
  /no\s(?:official\s)?(?:phone|telephone)\s(?:support|number|line|helpline)/,
  /(?:does not|doesn'?t|doesn’t)\s(?:\w+\s){0,3}?(?:phone|telephone|call) support/,
  /non\s(?:\S+\s){0,4}?(?:ha|offre|fornisce|prevede|dispone di|esiste)\s(?:\S+\s){0,4}?(?:assistenza telefonica|numero|telefon|call center|numero verde)/,
  /(?:nessun|non esiste (?:un|alcun))\s(?:\S+\s){0,2}?(?:numero|assistenza telefonica|call center)/,
  /tidak\s(?:\S+\s){0,4}?(?:memiliki|menyediakan|punya|ada|membuka|melayani)\s(?:\S+\s){0,4}?(?:telepon|nomor|call center|hotline)/,
  /(?:沒有|没有|不提供|並無|并无|無|无)(?:任何)?(?:官方)?(?:的)?(?:電話|电话|客服電話|客服电话|客服熱線|客服热线|熱線|热线)/,
  /no\s(?:\S+\s){0,3}?(?:tiene|ofrece|dispone de|cuenta con|existe)\s(?:\S+\s){0,4}?(?:teléfono|telefono|número|numero|atención telefónica|línea)/,
  /não\s(?:\S+\s){0,3}?(?:tem|possui|oferece|disponibiliza|existe)\s(?:\S+\s){0,4}?(?:telefone|número|numero|atendimento telefônico|atendimento por telefone|central)/,
  /(?:нет|не\s(?:\S+\s){0,2}?(?:предоставляет|имеет|предлагает|существует))\s(?:\S+\s){0,4}?(?:телефон|горяч|номер)/,
  /(?:कोई|नहीं)\s(?:\S+\s){0,4}?(?:हेल्पलाइन|कस्टमर केयर|फोन|फ़ोन|नंबर)\s(?:\S+\s){0,4}?(?:नहीं|नही)/,
  /(?:हेल्पलाइन|कस्टमर केयर|फोन|फ़ोन)\s(?:\S+\s){0,4}?(?:नहीं है|नहीं देता|नहीं देती|उपलब्ध नहीं)/,
  /(?:لا|ليس)\s(?:\S+\s){0,3}?(?:يوجد|يقدم|توفر|يوفر|لديه|لديها|تقدم)\s(?:\S+\s){0,4}?(?:هاتف|رقم|خط)/,
  /(?:電話|でんわ)(?:による|での|の)?(?:サポート|窓口|対応|問い合わせ|サポートセンター)\S{0,12}?(?:提供していません|ありません|行っていません|ない)/,
  /(?:전화|전화 고객센터|고객센터|전화번호|전화 상담)\S{0,6}?\s?(?:\S+\s){0,2}?(?:없습니다|없어요|없음|없다|제공하지 않)/,
  /(?:keine|kein)\s(?:\S+\s){0,3}?(?:telefon|hotline|telefonnummer|rufnummer|telefonsupport|telefonischen)/,
  /(?:n'a pas|n’a pas|n'offre pas|n’offre pas|ne propose pas|ne fournit pas|n'existe pas|n’existe pas|aucun)\s(?:\S+\s){0,4}?(?:téléphon|numéro|hotline|assistance téléphonique|service client)/,
  /(?:telefon|telefonla|çağrı merkezi|müşteri hizmetleri|destek hattı)\S*\s(?:\S+\s){0,3}?(?:yok|yoktur|bulunmuyor|bulunmaz|bulunmamaktadır|sunmuyor|sunmaz|sunmamaktadır|vermez|vermiyor|vermemektedir)/,
  /không\s(?:\S+\s){0,3}?(?:có|cung cấp)\s(?:\S+\s){0,3}?(?:tổng đài|số điện thoại|hotline|đường dây)/,
  /ไม่มี\S{0,10}?(?:เบอร์|คอลเซ็นเตอร์|สายด่วน|โทรศัพท์)/,
  /(?:nie ma|nie posiada|nie oferuje|nie prowadzi)\s(?:\S+\s){0,3}?(?:infolinii|telefon|numeru|pomocy telefonicznej)/,
  /(?:heeft geen|biedt geen|geen)\s(?:\S+\s){0,3}?(?:telefonische|telefoon|klantenservicenummer|helpdesk)/,
  /(?:hakuna|haina|haitoi)\s(?:\S+\s){0,3}?(?:namba|simu|huduma ya simu)/,
  /(?:کوئی|نہیں)\s(?:\S+\s){0,4}?(?:ہیلپ لائن|کسٹمر کیئر|فون)\s(?:\S+\s){0,3}?(?:نہیں)/,
];

/** Requests for the 6-digit registration code or the two-step PIN. */
export const CODE_REQUEST: readonly RegExp[] = [
  /(?:send|share|give|tell|provide|forward|read out)\s(?:\S+\s){0,6}?(?:6|six)[- ]?digit|(?:send|share|give|tell|provide|forward|read out)\s(?:\S+\s){0,5}?(?:verification|registration|security|sms|otp|whatsapp)\s?code|(?:send|share|give|tell|provide|forward)\s(?:\S+\s){0,4}?(?:otp|pin|two[- ]step)/,
  /(?:invia|inviaci|inviare|comunica|comunicaci|comunicare|fornisci|forniscici|dicci|detta|dettaci)\s(?:\S+\s){0,6}?(?:codice|pin|otp)/,
  /(?:kirim|kirimkan|berikan|bagikan|sebutkan|beritahu|beri tahu|informasikan|bacakan|membacakan)\s(?:\S+\s){0,6}?(?:kode|pin|otp)/,
  /(?:提供|發送|发送|告知|告訴|告诉|傳送|传送|報上|报上)(?:你的|您的|我們|我们|給我們|给我们|客服)?(?:[\S ]{0,8}?)?(?:驗證碼|验证码|6 ?位|六位|pin ?碼|pin ?码|兩步驟|两步)/,
  /(?:envíe|envíenos|envía|envíanos|comparta|comparte|compártenos|compártanos|pásanos|pásame|danos|dame|mándanos|mándame|proporcione|díganos|dinos|enviar|compartir)\s(?:\S+\s){0,6}?(?:código|pin|otp)/,
  /(?:envie|envie-nos|compartilhe|informe|passe|diga|enviar|compartilhar|informar)\s(?:\S+\s){0,6}?(?:código|codigo|pin|otp)/,
  /(?:сообщите|назовите|отправьте|пришлите|продиктуйте|сообщить|назвать|отправить)\s(?:\S+\s){0,6}?(?:код|пин)/,
  /(?:ओटीपी|कोड|पिन)\s(?:\S+\s){0,4}?(?:भेजें|बताएं|बताइए|शेयर करें|दें)/,
  /(?:أرسل|ارسل|شارك|أعطنا|زودنا|أخبرنا)\s(?:\S+\s){0,6}?(?:الرمز|رمز|الكود|كود)/,
  /(?:envoyez|envoyez-nous|envoyer|communiquez|communiquez-nous|donnez|donnez-nous|indiquez|indiquez-nous|transmettez|transmettez-nous|partagez|fournissez)\s(?:\S+\s){0,6}?(?:code|pin|otp)/,
  /(?:senden sie|schicken sie|teilen sie|nennen sie|geben sie|übermitteln sie|sende|schick|teile|nenne)\s(?:\S+\s){0,6}?(?:code|pin|otp|bestätigungscode|verifizierungscode)/,
  /(?:kod|kodu|kodunu|doğrulama kodunu|pin|pininizi|şifreyi|otp)\s(?:\S+\s){0,4}?(?:gönderin|gönderiniz|gönder|paylaşın|paylaş|iletin|söyleyin|bildirin)(?![\p{L}\p{M}])/u,
  /(?:gửi|cung cấp|chia sẻ|đọc|báo)\s(?:\S+\s){0,6}?(?:mã|otp|pin)/,
  /(?:ส่ง|แจ้ง|บอก)\S{0,12}?(?:รหัส|โค้ด|otp|pin)/,
  /(?:จะขอ|ขอให้ส่ง|ขอ) ?(?:รหัส|โค้ด|otp|pin)/,
  /(?:验证码|驗證碼|pin码|pin碼|pin 码|pin 碼)[\S ]{0,14}?(?:发给|發給|发送给|發送給|告诉|告訴|提供给|提供給|转发给|轉發給|交给|交給)/,
  /(?:hantar|kongsikan|kongsi|berikan|beritahu)\s(?:\S+\s){0,6}?(?:kod|pin|otp)/,
  /(?:podaj|podać|prześlij|wyślij|przekaż|udostępnij)\s(?:\S+\s){0,6}?(?:kod|pin|otp)/,
  /(?:stuur|geef|deel|vertel|stuurt|geeft)\s(?:\S+\s){0,6}?(?:code|pincode|pin|otp)/,
  /(?:認証コード|確認コード|6桁|６桁|pin|コード)\S{0,10}?(?:送って|送信して|教えて|お知らせ|伝えて)/,
  /(?:인증번호|인증 코드|인증코드|6자리|pin)\S{0,10}?\s?(?:보내|알려|전송|공유)/,
  /(?:کوڈ|پن|او ٹی پی)\S*(?:\s\S+){0,4}?\s(?:بھیجیں|بھیج دیں|بتائیں|بتا دیں|شیئر کریں)/,
  /(?:কোড|পিন|ওটিপি)\S*(?:\s\S+){0,4}?\s(?:পাঠান|পাঠিয়ে দিন|বলুন|বললে|বলবেন|জানান|জানাবেন|দিন|শেয়ার করুন)/,
  /(?:کد|پین)(?:\s\S+){0,4}?\s(?:را\s)?(?:ارسال کنید|بفرستید|بگویید)/,
  /(?:tuma|toa|shiriki|tutumie|tupe)\s(?:\S+\s){0,6}?(?:msimbo|nambari ya uthibitisho|namba ya siri|pin|otp|code)/,
  /(?:ibigay|ibibigay|ipadala|i-send|isend|pakisend|paki-send|pakibigay|paki-bigay|i-share|ishare|sabihin)\s(?:\S+\s){0,6}?(?:code|pin|otp)/,
  /(?:send|share|give|tell|provide|forward|read out)\s(?:us\s|me\s|him\s|them\s)?(?:the|your|this|that)\s(?:(?!qr\b|promo\b|discount\b|coupon\b|referral\b|invite\b|invitation\b|source\b)\S+\s)?code\b/,
  /(?:i ask you for|i will ask you for|i shall ask you for|we ask you for|we will ask you for|will ask you for|je vous demande|je vous demanderai|nous vous demandons|nous vous demanderons|le pido|le pedimos|te pido|te pedimos|te pedirá|le pedirá|te pedirán|le pedirán|te solicitará|le solicitará|ti chiedo|ti chiediamo|le chiedo|le chiediamo|vi chiediamo|eu peço|nós pedimos|vamos pedir|saya minta|kami minta|kami meminta|saya meminta|ich bitte sie um|wir bitten sie um|wir fragen nach)\s(?:\S+\s){0,6}?(?:code|código|codigo|codice|kode|pin|otp)/,
  /(?:i need|we need|we will need|i will need|need your|necesito|necesitamos|preciso|precisamos|ho bisogno|abbiamo bisogno|saya butuh|kami butuh|perlu|brauche ich|brauchen wir|j'ai besoin|j’ai besoin|nous avons besoin)\s(?:\S+\s){0,6}?(?:code|código|codigo|codice|kode|pin|otp)\b/,
  /(?:将|將|把)\S{0,20}?(?:验证码|驗證碼|pin碼|pin码|pin)\S{0,20}?(?:发送给|發送給|发给|發給|告诉|告訴|提供给|提供給|交给|交給)/,
];

/**
 * Code entry on a page ("enter the 6-digit code"): normal on guides, so it only counts on
 * look-alike addresses, where it is a phishing form.
 */
export const CODE_ENTRY: readonly RegExp[] = [
  /(?:enter|type|input|submit|confirm)\s(?:\S+\s){0,5}?(?:(?:6|six)[- ]?digit|verification code|registration code|otp|sms code|pin)/,
  /(?:inserisci|digita|conferma)\s(?:\S+\s){0,5}?(?:codice|pin|otp)/,
  /(?:masukkan|ketik|isi)\s(?:\S+\s){0,5}?(?:kode|pin|otp)/,
  /(?:輸入|输入|填寫|填写)(?:\S{0,6})?(?:驗證碼|验证码|6位|六位|pin)/,
  /(?:驗證碼|验证码|pin碼|pin码)\S{0,14}?(?:請輸入|请输入|輸入|输入|填寫|填写)/,
  /(?:introduce|introduzca|ingresa|ingrese|escribe|digite|insira|informe)\s(?:\S+\s){0,5}?(?:código|codigo|pin)/,
  /(?:введите|укажите)\s(?:\S+\s){0,5}?(?:код|пин)/,
  /(?:ओटीपी|कोड|पिन)\s(?:\S+\s){0,4}?(?:दर्ज करें|डालें)/,
  /(?:أدخل|ادخل|إدخال|ادخال)\s(?:\S+\s){0,5}?(?:الرمز|رمز|الكود|كود|رقم التعريف)/,
  /(?:saisissez|saisir|entrez|entrer|tapez|confirmez)\s(?:\S+\s){0,5}?(?:code|pin)/,
  /(?:geben sie|gib)\s(?:\S+\s){0,5}?(?:code|pin)|(?:code|pin)\s(?:\S+\s){0,3}?eingeben/,
  /(?:kod|kodu|kodunu|pin)\s(?:\S+\s){0,3}?(?:girin|giriniz|yazın)/,
  /(?:nhập|điền)\s(?:\S+\s){0,5}?(?:mã|otp|pin)/,
  /(?:กรอก|ใส่|ป้อน)\S{0,12}?(?:รหัส|โค้ด|otp|pin)/,
  /(?:wpisz|wprowadź)\s(?:\S+\s){0,5}?(?:kod|pin)/,
  /(?:voer|vul)\s(?:\S+\s){0,5}?(?:code|pincode|pin)/,
  /(?:masukkan|isikan)\s(?:\S+\s){0,5}?(?:kod|pin|otp)/,
  /(?:コード|認証番号|pin)\S{0,6}?入力/,
  /(?:인증번호|코드|pin)\S{0,6}?\s?입력/,
];

/**
 * A verification code or PIN asked for as a form field ("6-digit code received by SMS"): read
 * only on an address that poses as the brand, where asking for it at all is the attack.
 */
export const CODE_FIELD: readonly RegExp[] = [
  /(?:6-digit|6 digit|6digit|six-digit|six digit|sixdigit) (?:verification |registration |sms )?code|verification code|registration code|(?:two-step|two step|twostep) (?:verification )?pin/,
  /code de (?:vérification|confirmation|sécurité)|code (?:à|a) (?:6|six) chiffres/,
  /codice (?:di verifica|a 6 cifre|di registrazione)|kode (?:verifikasi|otp|6 digit)|código de (?:verificación|verificação|seguridad|segurança)|código de 6 dígitos/,
  /(?:bestätigungscode|verifizierungscode|sicherheitscode|6-stelliger code)|doğrulama kodu|mã xác (?:minh|nhận)|kod (?:pengesahan|weryfikacyjny)|verificatiecode/,
  /驗證碼|验证码|認証コード|確認コード|인증번호|인증 코드|รหัสยืนยัน|رمز التحقق|رمز التسجيل|رقم التعريف الشخصي|کد تایید|код подтверждения|सत्यापन कोड|ভেরিফিকেশন কোড|تصدیقی کوڈ/,
];

/** A fee asked for support or to unlock an account. */
export const FEE_WORDS: readonly string[] = [
  'service fee',
  'service charge',
  'unlock fee',
  'unban fee',
  'unblock fee',
  'activation fee',
  'verification fee',
  'processing fee',
  'recovery fee',
  'registration fee',
  'support fee',
  'pay a fee',
  'pay the fee',
  'nominal fee',
  'nominal charge',
  'costo di sblocco',
  'costo de recuperación',
  'cuota de recuperación',
  'costo de desbloqueo',
  'tariffa di sblocco',
  'costo del servizio',
  'tassa di sblocco',
  'commissione di servizio',
  'pagare una commissione',
  'biaya layanan',
  'biaya buka blokir',
  'biaya pemulihan',
  'biaya verifikasi',
  'biaya aktivasi',
  'biaya admin',
  'biaya administrasi',
  'costo administrativo',
  'cargo administrativo',
  'gastos administrativos',
  'taxa administrativa',
  'contributo per la pratica',
  'tarifa de servicio',
  'tarifa de desbloqueo',
  'cuota de desbloqueo',
  'pago de desbloqueo',
  'taxa de serviço',
  'taxa de desbloqueio',
  'taxa de ativação',
  'плата за разблокировку',
  'оплата за разблокировку',
  'плата за обслуживание',
  'плата за восстановление',
  'सर्विस चार्ज',
  'सेवा शुल्क',
  'अनलॉक शुल्क',
  'प्रोसेसिंग फीस',
  'رسوم الخدمة',
  'رسوم فك الحظر',
  'رسوم التفعيل',
  '服務費',
  '服务费',
  '解封費',
  '解封费',
  '手續費',
  '手续费',
  '解鎖費',
  '解锁费',
  '認證費',
  '认证费',
  'frais de déblocage',
  'frais de service',
  'frais de vérification',
  "frais d'activation",
  'frais de traitement',
  'payer des frais',
  'entsperrgebühr',
  'bearbeitungsgebühr',
  'servicegebühr',
  'aktivierungsgebühr',
  'hizmet bedeli',
  'işlem ücreti',
  'açma ücreti',
  'kilit açma ücreti',
  'aktivasyon ücreti',
  'doğrulama ücreti',
  'phí dịch vụ',
  'phí mở khóa',
  'phí xác minh',
  'phí kích hoạt',
  'ค่าธรรมเนียม',
  'ค่าปลดล็อก',
  'سروس چارجز',
  'ان لاک فیس',
  'সার্ভিস চার্জ',
  'yuran perkhidmatan',
  'bayaran pemulihan',
  'yuran buka sekatan',
  'caj perkhidmatan',
  '解除料金',
  'サービス料',
  '해제 비용',
  '해제 수수료',
  'هزینه خدمات',
  'هزینه رفع مسدودی',
  'opłata za odblokowanie',
  'opłata serwisowa',
  'opłata aktywacyjna',
  'servicekosten',
  'deblokkeringskosten',
  'activatiekosten',
  'ada ya huduma',
  'ada ya kufungua',
  'சேவை கட்டணம்',
  'id card fee',
  'pago del servicio',
  'pago por el servicio',
  'cobro del servicio',
  'pagamento do serviço',
  'pagamento della pratica',
  'advance fee',
  'سروس فیس',
  'ค่าบริการปลดแบน',
  'ค่าธรรมเนียมปลดล็อก',
  'فیس ادا',
];

export const GIFT_CARD_WORDS: readonly string[] = [
  'gift card',
  'gift cards',
  'giftcard',
  'google play card',
  'itunes card',
  'apple gift',
  'steam card',
  'amazon card',
  'carta regalo',
  'carte regalo',
  'buono regalo',
  'kartu hadiah',
  'voucher google play',
  'voucher game',
  'tarjeta de regalo',
  'tarjetas de regalo',
  'cartão-presente',
  'cartão presente',
  'vale-presente',
  'подарочн',
  'गिफ्ट कार्ड',
  'بطاقة هدايا',
  'بطاقات هدايا',
  '禮品卡',
  '礼品卡',
  '禮物卡',
  '点卡',
  '點數卡',
  'carte cadeau',
  'cartes cadeaux',
  'transcash',
  'pcs mastercard',
  'neosurf',
  'paysafecard',
  'geschenkkarte',
  'hediye kartı',
  'thẻ quà tặng',
  'thẻ cào',
  'บัตรของขวัญ',
  'บัตรเติมเงิน',
  'ギフトカード',
  'アマゾンギフト',
  '기프트카드',
  '문화상품권',
  'کارت هدیه',
  'karta podarunkowa',
  'cadeaukaart',
  'kad hadiah',
  'bitcoin',
  'usdt',
  'بطاقات itunes',
  'بطاقة itunes',
  'بطاقات جوجل بلاي',
  'بطاقات google play',
  'google play gift',
];

export const REMOTE_APPS: readonly string[] = [
  'anydesk',
  'teamviewer',
  'quicksupport',
  'quick support app',
  'rustdesk',
  'airdroid',
  'ultraviewer',
  'screen sharing app',
  'remote access app',
  'remote desktop app',
  'app di accesso remoto',
  'aplikasi remote',
  'aplicación de acceso remoto',
  'aplicativo de acesso remoto',
  'удалённого доступа',
  'удаленного доступа',
  '遠端控制',
  '远程控制',
  '遠端桌面',
  '远程桌面',
  'fernwartung',
  'fernzugriff',
  'prise en main à distance',
  'accès à distance',
  'uzaktan erişim',
  'điều khiển từ xa',
  'ควบคุมระยะไกล',
  'リモート操作',
  '원격 제어',
  'zdalny dostęp',
  'toegang op afstand',
  'zoho assist',
  'supremo',
];

/** Other messengers offered as a support channel. */
export const OTHER_CHANNELS: readonly string[] = [
  'telegram',
  'line id',
  'line官方',
  'line:',
  'wechat',
  'weixin',
  '微信',
  '加line',
  '加賴',
  'viber',
  'signal',
  'kik',
  'facebook messenger',
  'instagram dm',
  'zalo',
  'kakaotalk',
  'imo',
];

export const OTHER_CHANNEL_LINK =
  /^(?:https?:\/\/)?(?:t\.me|telegram\.me|line\.me|lin\.ee|u\.wechat\.com|weixin\.qq\.com|viber\.me|signal\.me)\//i;

/** Domain labels that say "support" (`whatsapp-help`, `whatsappcare`). */
export const SUPPORT_DOMAIN_PARTS: readonly string[] = [
  'help',
  'support',
  'care',
  'customer',
  'service',
  'helpline',
  'hotline',
  'contact',
  'number',
  'call',
  'tollfree',
  'assist',
  'kefu',
  'recover',
  'unban',
  'unlock',
  'login',
  'secure',
  'official',
  'account',
  'appeal',
  'restore',
  'reactivat',
  'center',
  'centre',
  'verif',
  'hotro',
  'tongdai',
  'cskh',
  'destek',
  'yardim',
  'musteri',
  'hilfe',
  'kundendienst',
  'kundenservice',
  'konto',
  'aide',
  'soporte',
  'ayuda',
  'suporte',
  'ajuda',
  'bantuan',
  'layanan',
  'akun',
  'aiuto',
  'pomoc',
  'wsparcie',
  'klantenservice',
  'msaada',
  'huduma',
  'sokongan',
  'khidmat',
];

/** Tokens that never name the site's own operator when they precede the brand. */
export const NOT_OPERATOR_TOKENS: ReadonlySet<string> = new Set([
  'the',
  'official',
  'customer',
  'care',
  'support',
  'help',
  'helpline',
  'service',
  'services',
  'number',
  'contact',
  'call',
  'india',
  'online',
  'web',
  'new',
  'free',
  'toll',
  'real',
  'official',
  'genuine',
  'true',
  'and',
  'for',
  'com',
  'www',
  'net',
  'app',
  'info',
  'blog',
  'news',
  'guide',
  'tech',
  'global',
]);

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** `s` escaped to match itself in a regex. */
export function escapeLiteral(s: string): string {
  return s.replace(ESCAPE, '\\$&');
}

/** The words, unique and longest first (what an alternation of them needs to find the longest). */
function longestFirst(words: Iterable<string>): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** A regex source matching any of the literal `words`, the longest where several start at one place. */
export function literalAlternation(words: Iterable<string>): string {
  return longestFirst(words).map(escapeLiteral).join('|') || '(?!)';
}
const WORDISH = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]/u;
const WORDISH_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{N}]$/u;
/** Scripts written with spaces between words, whose short words need boundaries of their own. */
const SPACED_SCRIPT =
  /^[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Arabic}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}]/u;

/**
 * One regex for a list of lower-case words. Entries that start (end) with a Latin or
 * Cyrillic letter or a digit must not be glued to another such character on that side;
 * entries in other scripts match anywhere. Entries ending in a stem (`impersonat`) are
 * written without the closing boundary by ending them with a non-word character only
 * when needed; here every entry is matched with the same rule, so stems must be complete
 * words or carry their own boundary.
 */
export function wordRegex(words: readonly string[], stems: readonly string[] = [], flags = 'gu'): RegExp {
  const stemSet = new Set(stems);
  const unique = longestFirst(words);
  const edges = new Map<string, WordEdges>();
  const parts = unique.map((w) => {
    let e: WordEdges;
    // A short word of a script written with spaces ("না", "मत", "لا") is also part of many
    // longer words ("নাম্বার"): it only matches on its own.
    if (w.length <= 3 && SPACED_SCRIPT.test(w)) e = { pre: 'letter', post: 'letter' };
    else
      e = { pre: WORDISH.test(w) ? 'wordish' : null, post: WORDISH_END.test(w) && !stemSet.has(w) ? 'wordish' : null };
    edges.set(w, e);
    const pre = e.pre ? `(?<!${EDGE_SOURCE[e.pre]})` : '';
    const post = e.post ? `(?!${EDGE_SOURCE[e.post]})` : '';
    return `${pre}${escapeLiteral(w)}${post}`;
  });
  return new WordRegExp(parts.join('|') || '(?!)', flags, unique, edges);
}

/** What a word of a list must not touch on one side: a Latin or Cyrillic letter or digit, or any letter or mark. */
type Edge = 'wordish' | 'letter';
interface WordEdges {
  readonly pre: Edge | null;
  readonly post: Edge | null;
}
const EDGE_SOURCE: Readonly<Record<Edge, string>> = {
  wordish: '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{N}]',
  letter: '[\\p{L}\\p{M}]',
};
const EDGE_CLASS: Readonly<Record<Edge, RegExp>> = {
  wordish: new RegExp(EDGE_SOURCE.wordish, 'u'),
  letter: new RegExp(EDGE_SOURCE.letter, 'u'),
};

/** Whether the code point `cp` (-1: none, the text's edge) is one that `edge` forbids. */
function touches(edge: Edge, cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) {
    const letter = (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
    return letter || (edge === 'wordish' && cp >= 0x30 && cp <= 0x39);
  }
  return EDGE_CLASS[edge].test(String.fromCodePoint(cp));
}

/** The code point that ends right before `pos` (a surrogate pair whole), or -1 at the start. */
function codePointBefore(str: string, pos: number): number {
  if (pos <= 0) return -1;
  const c = str.charCodeAt(pos - 1);
  if (c >= 0xdc00 && c <= 0xdfff && pos >= 2) {
    const h = str.charCodeAt(pos - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

interface WordNode {
  word: string | null;
  readonly next: Map<number, WordNode>;
}

/**
 * A word-list regex that matches exactly like its pattern, faster: a lookaround on every
 * alternative keeps V8 from skipping ahead by first characters, so a plain alternation of
 * the words (`scan`) finds where a match can start, and the full pattern is tried there
 * only (sticky). `exec` is what `test`, `match` and `matchAll` call, so they all agree.
 */
export class WordRegExp extends RegExp {
  /** The literal words every match starts with (what the scan looks for), longest first. */
  readonly words: readonly string[];
  readonly #pattern: string;
  readonly #scan: RegExp;
  readonly #edges: ReadonlyMap<string, WordEdges> | null;
  #exact: RegExp | null = null;
  #trie: WordNode | null = null;

  /**
   * `pattern`: the full pattern (with its lookarounds); `words`: literal strings one of which
   * starts every match of it. The full pattern, whose Unicode property classes are slow to
   * compile (tens of milliseconds for a long list), is compiled on first use, and never for
   * a word list (`edges`: each word's boundaries, which `matchAt` then checks itself).
   */
  constructor(pattern: string, flags: string, words: readonly string[], edges?: ReadonlyMap<string, WordEdges>) {
    const scan = literalAlternation(words);
    super(scan, flags);
    this.words = longestFirst(words);
    this.#pattern = pattern;
    this.#scan = new RegExp(scan, `${this.flags.replace(/[gy]/g, '')}g`);
    // Literal comparison is exact only without case folding, and code points need the u flag.
    this.#edges = edges && this.unicode && !this.ignoreCase ? edges : null;
  }

  /** The full pattern. */
  override get source(): string {
    return this.#pattern;
  }

  #full(): RegExp {
    this.#exact ??= new RegExp(this.#pattern, `${this.flags.replace(/[gy]/g, '')}y`);
    return this.#exact;
  }

  /**
   * The match of the full pattern that starts exactly at `pos` (a code point boundary), or
   * null. For a word list: the longest word there whose boundaries hold, as the alternation
   * of the words, longest first, each between its lookarounds, finds it.
   */
  matchAt(str: string, pos: number): RegExpExecArray | null {
    const edges = this.#edges;
    if (edges === null) {
      const exact = this.#full();
      exact.lastIndex = pos;
      return exact.exec(str);
    }
    const ends: string[] = [];
    let node: WordNode | undefined = this.#wordTrie();
    if (node.word !== null) ends.push(node.word);
    for (let i = pos; i < str.length; i++) {
      node = node.next.get(str.charCodeAt(i));
      if (node === undefined) break;
      if (node.word !== null) ends.push(node.word);
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      const w = ends[k]!;
      const e = edges.get(w);
      if (e === undefined) continue;
      if (e.pre !== null && touches(e.pre, codePointBefore(str, pos))) continue;
      const end = pos + w.length;
      if (e.post !== null && touches(e.post, end < str.length ? str.codePointAt(end)! : -1)) continue;
      const m = [w] as unknown as RegExpExecArray;
      m.index = pos;
      m.input = str;
      m.groups = undefined;
      return m;
    }
    return null;
  }

  #wordTrie(): WordNode {
    if (this.#trie === null) {
      const root: WordNode = { word: null, next: new Map() };
      for (const w of this.words) {
        let node = root;
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          let child = node.next.get(c);
          if (child === undefined) {
            child = { word: null, next: new Map() };
            node.next.set(c, child);
          }
          node = child;
        }
        node.word = w;
      }
      this.#trie = root;
    }
    return this.#trie;
  }

  /** The first match at or after `from` (at `from` only when sticky), as the full pattern finds it. */
  #find(str: string, from: number): RegExpExecArray | null {
    while (from <= str.length) {
      this.#scan.lastIndex = from;
      const c = this.#scan.exec(str);
      if (c === null || (this.sticky && c.index !== from)) return null;
      const m = this.matchAt(str, c.index);
      if (m !== null || this.sticky) return m;
      const code = str.charCodeAt(c.index);
      from = c.index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    }
    return null;
  }

  override exec(s: string): RegExpExecArray | null {
    const str = String(s);
    const keep = this.global || this.sticky;
    const m = this.#find(str, keep ? this.lastIndex : 0);
    if (keep) this.lastIndex = m === null ? 0 : m.index + m[0].length;
    return m;
  }

  /** As `String.prototype.matchAll` (global only), without copying the regex for each call. */
  override [Symbol.matchAll](s: string): RegExpStringIterator<RegExpExecArray> {
    if (!this.global) throw new TypeError('matchAll needs a global regex');
    const str = String(s);
    const find = (from: number): RegExpExecArray | null => this.#find(str, from);
    function* all(): Generator<RegExpExecArray, undefined, unknown> {
      let from = 0;
      for (let m = find(from); m !== null; m = find(from)) {
        yield m;
        from = m.index + Math.max(1, m[0].length);
      }
      return undefined;
    }
    return all();
  }
}

/** Stems among WARNING_WORDS (match as prefixes of longer words). */
export const WARNING_STEMS: readonly string[] = [
  'impersonat',
  'swindl',
  'fasull',
  'raggir',
  'мошенн',
  'поддельн',
  'обман',
  'лжеслужб',
  'scam',
  'fraud',
  'golpis',
  'так называем',
];

const QUANTIFIER = new Set(['?', '*', '{']);
const SPECIAL = new Set(['\\', '[', ']', '(', ')', '|', '.', '^', '$', '+', '?', '*', '{', '}']);

/**
 * Walks `src` from `from` at group depth 0 (escapes and character classes skipped): where its
 * top-level `|` are, and where the group ends (its closing `)`, or the end of `src`).
 */
function topLevel(src: string, from: number): { bars: number[]; end: number } {
  const bars: number[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return { bars, end: i };
      depth--;
    } else if (c === '|' && depth === 0) bars.push(i);
  }
  return { bars, end: src.length };
}

/** `src` split at its top-level `|`. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const bar of topLevel(src, 0).bars) {
    out.push(src.slice(from, bar));
    from = bar + 1;
  }
  out.push(src.slice(from));
  return out;
}

/**
 * Literal strings one of which every match of the pattern `src` starts with, or null when
 * the pattern does not start with plain characters or a `(?:…)` group of such alternatives
 * (a class, an escape, a quantified start).
 */
export function leadingLiterals(src: string): string[] | null {
  const out: string[] = [];
  for (const alt of alternatives(src)) {
    if (alt.startsWith('(?:')) {
      const end = topLevel(alt, 3).end;
      if (end >= alt.length || QUANTIFIER.has(alt[end + 1] ?? '')) return null;
      const inner = leadingLiterals(alt.slice(3, end));
      if (inner === null) return null;
      out.push(...inner);
      continue;
    }
    let n = 0;
    while (n < alt.length && !SPECIAL.has(alt[n]!)) n++;
    // A character followed by a quantifier is optional: the literal ends before it.
    if (n < alt.length && QUANTIFIER.has(alt[n]!)) n--;
    if (n <= 0) return null;
    out.push(alt.slice(0, n));
  }
  return out;
}

/**
 * One global regex for a list of patterns (the text is scanned once, not once per
 * language), as a `WordRegExp` that looks for the patterns' leading words first when
 * every pattern starts with literal words, as a plain regex otherwise. Matches exactly as
 * the alternation of the patterns does.
 */
export function anyOf(list: readonly RegExp[], flags = 'gu'): RegExp {
  const pattern = list.map((re) => `(?:${re.source})`).join('|') || '(?!)';
  const starts = list.map((re) => leadingLiterals(re.source));
  if (list.length === 0 || starts.some((s) => s === null)) return new RegExp(pattern, flags);
  return new WordRegExp(pattern, flags, starts.flat() as string[]);
}

/**
 * Unbanning or recovering an account as a service: with a price next to it, a fee for what
 * WhatsApp does for free (lower case; Latin entries whole words).
 */
export const UNBAN_WORDS: readonly string[] = [
  'unban',
  'unbanning',
  'unblock',
  'unblocking',
  'account recovery',
  'recover your account',
  'temporary ban',
  'permanent ban',
  'desbloqueo',
  'desbanear',
  'recuperación de cuenta',
  'recuperación de cuentas',
  'sblocco',
  'ban temporaneo',
  'ban permanente',
  'desbloqueio',
  'desbanimento',
  'recuperação de conta',
  'entsperrung',
  'kontowiederherstellung',
  'déblocage',
  'débannissement',
  'récupération de compte',
  'buka blokir',
  'buka banned',
  'pemulihan akun',
  'unbanned',
  'فك الحظر',
  'فك حظر',
  'استرجاع الحساب',
  'استرجاع حساب',
  'حظر مؤقت',
  'حظر دائم',
  '解封',
  '解除封鎖',
  '解除封锁',
  '永久封禁',
  '临时封禁',
  '臨時封禁',
  'ปลดแบน',
  'กู้บัญชี',
  'আনব্যান',
  'হ্যাক রিকভারি',
  'অ্যাকাউন্ট রিকভারি',
  'ان بین',
  'بین کھلوانا',
  'کھلوانا',
  'kufungua akaunti',
  'kurejesha akaunti',
  'разблокировка',
  'восстановление аккаунта',
  'ban kaldırma',
  'ban açma',
  'mở khóa',
  'gỡ ban',
  'अनबैन',
  'अकाउंट रिकवरी',
  'i-unban',
  'ma-unban',
  'رفع مسدودی',
  'آنبن',
];

/** A price: an amount with a currency sign or name before or after it (lower case). */
export const PRICE =
  /(?:[$€£₹₺₽¥₱৳₦]|\b(?:rs|rp|usd|usdt|mxn|ksh|kes|sar|aed|egp|pkr|inr|idr|php|brl|r\$|tl|vnd|thb|rm)\.?)\s?\d|\d[\d.,\s]*\s?(?:[$€£₹₺₽¥₱৳₦]|\b(?:usd|usdt|mxn|ksh|kes|sar|aed|egp|pkr|inr|idr|php|brl|tl|vnd|thb|rm|reais|pesos?|rupees?|riyal|euros?|dollars?|lira|baht|taka|naira|shilingi)\b|ريال|درهم|جنيه|روپے|روپیہ|টাকা|บาท|руб|тенге|元|円|원|đồng|تومان|ریال)/u;
