<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../secguard/ui/about.py" line="+52"/>
        <source>About secguard</source>
        <translation>secguard について</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;secguard {version}&lt;/b&gt;&lt;br&gt;A self-check that keeps online brokerage accounts from being taken over.&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>&lt;b&gt;secguard {version}&lt;/b&gt;&lt;br&gt;ネット証券口座の乗っ取りを防ぐためのセルフチェックです。&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Provided to its customers by {brand}.</source>
        <translation>{brand}がお客さまにお届けしています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>AccountAnswers</name>
    <message>
        <location filename="../../secguard/ui/pages/mfa_answers.py" line="+144"/>
        <source>Well protected</source>
        <translation>しっかり守られています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could be better protected</source>
        <translation>守りをもっと強くできます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not protected by a second step</source>
        <translation>パスワード以外の確認がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Not answered yet</source>
        <translation>まだ回答していません</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Answer the three questions below; look in the broker&apos;s settings.</source>
        <translation>下の3つの質問に答えてください。わからないときは証券会社の設定画面でご確認ください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I don&apos;t know</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another way, or I don&apos;t know</source>
        <translation>ほかの方法、またはわからない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-factor authentication is on:</source>
        <translation>多要素認証はオンになっている:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used at log-in:</source>
        <translation>ログイン時に使う方法:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail arrives at each log-in:</source>
        <translation>ログインのたびにメールが届く:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multi-factor authentication is on, for {account}</source>
        <translation>多要素認証はオンか（{account}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log-in protection used, for {account}</source>
        <translation>ログイン時に使う方法（{account}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log-in notification e-mails arrive, for {account}</source>
        <translation>ログイン通知メールが届くか（{account}）</translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../secguard/ui/pages/account_picker.py" line="+159"/>
        <source>Rename the account</source>
        <translation>口座の名前を変える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Removed “{label}” from secguard. Your account at the broker is not affected.</source>
        <translation>secguard から「{label}」を削除しました。証券会社の口座そのものには影響しません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A password I use elsewhere (not saved)</source>
        <translation>ほかで使っているパスワード（保存しない）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Account:</source>
        <translation>口座(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New account:</source>
        <translation>新しい口座:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker:</source>
        <translation>証券会社:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the new account</source>
        <translation>新しい口座の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker of the new account</source>
        <translation>新しい口座の証券会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name, e.g. My SBI account</source>
        <translation>名前（例: SBIの口座）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a&amp;ccount</source>
        <translation>口座を追加(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <location filename="../../secguard/ui/pages/mfa_answers.py" line="+107"/>
        <source>Saved your answer for “{label}”.</source>
        <translation>「{label}」の回答を保存しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your answer could not be saved: {reason}</source>
        <translation>回答を保存できませんでした: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(choose an account)</source>
        <translation>（口座を選んでください）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You have no accounts in secguard yet. Add one below: a name and the broker are enough (no log-in ID or password is asked).</source>
        <translation>secguard にはまだ口座が登録されていません。下で追加してください。名前と証券会社だけで十分です（ログイン ID やパスワードはお聞きしません）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add, rename or remove an account</source>
        <translation>口座の追加・名前の変更・削除</translation>
    </message>
</context>
<context>
    <name>AntiMalwarePage</name>
    <message>
        <location filename="../../secguard/ui/pages/anti_malware.py" line="+32"/>
        <source>Your computer is protected</source>
        <translation>このコンピューターは保護されています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your protection needs attention</source>
        <translation>保護の状態に注意が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your protection has a serious gap</source>
        <translation>保護に重大な穴があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not everything could be checked</source>
        <translation>一部を確認できませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The button above opens your computer&apos;s own security settings. Follow the advice of each point below, then check again here.</source>
        <translation>上のボタンで、このコンピューター自身のセキュリティ設定が開きます。下の各項目の説明に沿って対応してから、ここでもう一度確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Malware can steal what you type, including your broker password. secguard checks that your computer&apos;s protection against it is present, switched on and up to date. It only reads; it never changes a setting.</source>
        <translation>マルウェア（不正なソフトウェア）は、証券会社のパスワードを含め、入力した内容を盗むことがあります。secguard は、このコンピューターにマルウェア対策が入っていて、有効になっていて、最新の状態かを確認します。読み取るだけで、設定を変えることはありません。</translation>
    </message>
</context>
<context>
    <name>BookmarkTable</name>
    <message>
        <location filename="../../secguard/ui/pages/bookmark_table.py" line="+79"/>
        <source>{broker}&apos;s official site</source>
        <translation>{broker}の公式サイト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A broker&apos;s official site</source>
        <translation>証券会社の公式サイト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a known broker site</source>
        <translation>知られている証券会社のサイトではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fake or suspicious: do not use</source>
        <translation>偽物または不審: 使わないでください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose site</source>
        <translation>どのサイトか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your broker bookmarks</source>
        <translation>証券会社のブックマーク</translation>
    </message>
</context>
<context>
    <name>BookmarksPage</name>
    <message>
        <location filename="../../secguard/ui/pages/bookmarks.py" line="+224"/>
        <source>The browser could not be started.</source>
        <translation>ブラウザーを起動できませんでした。</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Bookmark files (*.json)</source>
        <translation>ブックマークファイル (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bookmarks exported to {file}: {count}.</source>
        <translation>{count} 件のブックマークを {file} に書き出しました。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Bookmarks imported: {added} (already there: {skipped}).</source>
        <translation>{added} 件のブックマークを読み込みました（{skipped} 件は登録済みでした）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry {number}: {problem}</source>
        <translation>{number} 件目: {problem}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved “{label}”.</source>
        <translation>「{label}」を保存しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted “{label}”.</source>
        <translation>「{label}」を削除しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring reported an unexpected problem. Nothing was lost.</source>
        <translation>キーリングで予期しない問題が起きました。データは失われていません。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Loading your bookmarks…</source>
        <translation>ブックマークを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bookmarks yet. Add your broker&apos;s address below.</source>
        <translation>ブックマークはまだありません。下の欄から証券会社のアドレスを追加してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>読み込み(&amp;I)…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add a bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>This address is a fake. It cannot be saved.</source>
        <translation>このアドレスは偽物です。保存できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the real {broker} site instead</source>
        <translation>代わりに本物の{broker}のサイトを追加する</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is not a broker site secguard knows.</source>
        <translation>secguard が知っている証券会社のサイトではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it is your broker&apos;s log-in page, check the address letter by letter against your broker&apos;s letters or contract before saving it. A bookmark to a fake site is dangerous, because you will trust it.</source>
        <translation>証券会社のログインページであれば、保存する前に、証券会社からの郵送物や契約書類と一文字ずつ見比べて確かめてください。偽サイトのブックマークは、あとで信じて使ってしまうので危険です。</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Importing bookmarks: {done} of {total}</source>
        <translation>ブックマークを読み込んでいます：{total} 件中 {done} 件</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Phishing e-mails and SMS link to copies of brokers&apos; log-in pages. Open your broker only from a bookmark you saved yourself. secguard keeps these bookmarks in your computer&apos;s protected password store.</source>
        <translation>フィッシングのメールやSMSは、証券会社のログインページをまねた偽サイトへ誘導します。証券会社のサイトは、自分で保存したブックマークからだけ開きましょう。secguard はこのブックマークを、このコンピューターの保護されたパスワード保管庫に保存します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your broker bookmarks</source>
        <translation>証券会社のブックマーク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or type the address of your broker&apos;s log-in page yourself:</source>
        <translation>または、証券会社のログインページのアドレスを自分で入力します:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Broker</source>
        <translation>証券会社</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your bookmarks cannot be shown until the protected password store (the system keyring) can be used.</source>
        <translation>保護されたパスワード保管庫（システムのキーリング）が使えるようになるまで、ブックマークを表示できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. My broker</source>
        <translation>任意（例: いつもの証券会社）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;bookmark</source>
        <translation>ブックマークを保存(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;ker:</source>
        <translation>証券会社(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add its official si&amp;te</source>
        <translation>公式サイトを追加(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have checked it: save it anyway</source>
        <translation>確認しました: それでも保存する</translation>
    </message>
</context>
<context>
    <name>BrokerGuidanceCard</name>
    <message>
        <location filename="../../secguard/ui/pages/mfa_guidance.py" line="+72"/>
        <source>{method} (the strongest that this broker offers)</source>
        <translation>{method}（この証券会社で最も安全な方法）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source: a page of the broker itself, checked on {date}.</source>
        <translation>出典: 証券会社自身のページ（{date} に確認）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: pages other than the broker&apos;s own, checked on {date}.</source>
        <translation>出典: 証券会社以外のページ（{date} に確認）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the log-in security page of {broker}</source>
        <translation>{broker}のログインの安全対策のページを開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {broker} from your bookmark</source>
        <translation>ブックマークから{broker}を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the official site of {broker}</source>
        <translation>{broker}の公式サイトを開く</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log-in protections that {broker} offers, strongest first:</source>
        <translation>{broker}で使えるログインの守り方（安全な順）:</translation>
    </message>
</context>
<context>
    <name>BrowserScanPanel</name>
    <message>
        <location filename="../../secguard/ui/pages/browser_scan_panel.py" line="+73"/>
        <source>Reading your browsers&apos; bookmarks…</source>
        <translation>ブラウザーのブックマークを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The browsers&apos; bookmarks could not be read.</source>
        <translation>ブラウザーのブックマークを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No browser bookmarks were found on this computer.</source>
        <translation>このコンピューターにブラウザーのブックマークは見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browser bookmarks checked: {total} (browser profiles: {profiles}). Imitations of a broker: {fake}. Suspicious: {suspicious}. Delete them in your browser.</source>
        <translation>{profiles} 個のブラウザープロファイルで {total} 件のブックマークを確認しました。{fake} 件が証券会社のなりすまし、{suspicious} 件が不審です。ブラウザーで削除してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browser bookmarks checked: {total} (browser profiles: {profiles}). None imitates a broker.</source>
        <translation>{profiles} 個のブラウザープロファイルで {total} 件のブックマークを確認しました。証券会社のなりすましはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profiles that could not be read: {count}.</source>
        <translation>{count} 個のプロファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your browsers&apos; bookmarks</source>
        <translation>ブラウザーのブックマーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imitations found in your browsers</source>
        <translation>ブラウザーで見つかったなりすまし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan bro&amp;wser bookmarks</source>
        <translation>ブラウザーのブックマークを確認(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secguard can read (never change) the bookmarks of Chrome, Edge, Brave and Firefox and list any that lead to an imitation of a broker.</source>
        <translation>secguard は Chrome、Edge、Brave、Firefox のブックマークを読み取り（変更はしません）、証券会社のなりすましサイトにつながるものを一覧にします。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../secguard/cli/parser.py" line="+21"/>
        <source>A self-check that keeps your online brokerage account from being taken over. Without a command, the window opens.</source>
        <translation>ネット証券口座の乗っ取りを防ぐためのセルフチェックです。コマンドを指定しないとウィンドウが開きます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show this help and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version</source>
        <translation>バージョンを表示する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>language of the output (default: the system&apos;s)</source>
        <translation>出力の言語（既定値: システムの言語）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>open every page of the window off-screen and exit 0 if all is well</source>
        <translation>画面に表示せずに全ページを開き、問題がなければ終了コード 0 で終わる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMAND</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>check the seven precautions</source>
        <translation>7つの対策を確認する</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+109"/>
        <location line="+19"/>
        <location line="+31"/>
        <location line="+26"/>
        <source>print JSON for scripts</source>
        <translation>スクリプト用に JSON で出力する</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>judge links or a whole message, without opening anything</source>
        <translation>リンクやメッセージ全体を、開かずに判定する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds every link in TEXT and says whether it is your bookmark, a broker&apos;s official site, an imitation, suspicious or unknown. With -, reads standard input: one input per line. Nothing is opened or fetched.</source>
        <translation>テキスト中のすべてのリンクを見つけ、あなたのブックマーク・証券会社の公式サイト・なりすまし・不審・不明のどれかを示します。- を指定すると標準入力を1行ずつ判定します。リンクを開いたり取得したりすることはありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>judge a saved e-mail (.eml): its sender, its sender authentication and every link</source>
        <translation>保存したメール（.eml）の差出人、差出人の認証結果、すべてのリンクを判定する</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>judge the links in the QR codes of a picture</source>
        <translation>画像の中の QR コードに入っているリンクを判定する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>print one JSON object per input line</source>
        <translation>入力1行ごとに JSON オブジェクトを1つ出力する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not read your bookmarks from the keyring</source>
        <translation>キーリングからブックマークを読み込まない</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>write a report of the seven precautions for support staff</source>
        <translation>サポート担当者に見せるための、7つの対策のレポートを作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the state, reason and next step of each precaution, the date, version, operating system and a check ID to read out on the phone. It never holds a password, PIN, log-in ID or authenticator key; bookmarks appear as broker names unless --include-bookmarks is given. Exit codes: 0 written, 3 not written.</source>
        <translation>各対策の状態・理由・次にすること、作成日時、バージョン、OS、電話で読み上げる確認IDを書き出します。パスワード、暗証番号、ログインID、認証アプリの設定キーは決して含みません。ブックマークは、--include-bookmarks を付けない限り証券会社名だけが載ります。終了コード: 0 作成した、3 作成できなかった。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file&apos;s format</source>
        <translation>ファイルの形式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>where to write it; - for standard output</source>
        <translation>書き出す先（- で標準出力）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>include the addresses of your bookmarks</source>
        <translation>ブックマークのアドレスも含める</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check an authenticator set-up key, or a code from your app</source>
        <translation>認証アプリの設定キー、またはアプリのコードを確認する</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check the set-up key or otpauth:// address on standard input</source>
        <translation>標準入力の設定キーまたは otpauth:// アドレスを確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads an otpauth://totp/ address or a bare key from standard input (never from the command line) and prints its settings, warnings and problems, never the key. Exit codes: 0 usable, 3 not usable.</source>
        <translation>otpauth://totp/ アドレスまたはキーだけを標準入力から読み取り（コマンドラインからは読み取りません）、その設定・注意・問題点を表示します。キーそのものは表示しません。終了コード: 0 使える、3 使えない。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read the QR code in this picture instead of standard input</source>
        <translation>標準入力の代わりに、この画像の QR コードを読み取る</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check a code from your authenticator app</source>
        <translation>認証アプリに表示されたコードを確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the set-up key or otpauth:// address from standard input and says whether CODE is its current code, or how far this PC&apos;s or the phone&apos;s clock is off. Exit codes: 0 checked, 3 invalid key or code.</source>
        <translation>設定キーまたは otpauth:// アドレスを標準入力から読み取り、CODE が現在のコードかどうか、またはこのパソコンかスマートフォンの時計がどれだけずれているかを表示します。終了コード: 0 確認済み、3 キーまたはコードが正しくない。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CODE</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code your app shows</source>
        <translation>アプリに表示されているコード</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>check a password&apos;s strength, breaches and reuse</source>
        <translation>パスワードの強さ、漏えい、使い回しを確認する</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check the password given on standard input</source>
        <translation>標準入力で渡したパスワードを確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the password from standard input (never from the command line). Only the first five characters of its SHA-1 are sent, to Have I Been Pwned. Exit codes: 0 checked, 3 no password given, 8 no such account.</source>
        <translation>パスワードは標準入力から読み取ります（コマンドラインからは受け取りません）。Have I Been Pwned に送るのは SHA-1 の先頭5文字だけです。終了コード: 0 確認完了、3 パスワードがない、8 口座が見つからない。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the account it is for</source>
        <translation>このパスワードを使う口座</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not ask Have I Been Pwned</source>
        <translation>Have I Been Pwned に問い合わせない</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>list, add, remove, export or import broker bookmarks</source>
        <translation>証券会社のブックマークを一覧・追加・削除・書き出し・読み込みする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broker bookmarks, kept in the system keyring. Exit codes: 0 done, 3 invalid input, 4 keyring locked, 5 keyring unavailable, 6 record too large, 7 keyring too slow, 8 not found.</source>
        <translation>証券会社のブックマーク（システムのキーリングに保存）。終了コード: 0 完了、3 入力が不正、4 キーリングがロック中、5 キーリングが使えない、6 項目が大きすぎる、7 キーリングの応答が遅い、8 見つからない。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>rebuild a damaged index from the stored records (the damaged copy is kept)</source>
        <translation>壊れた一覧を、保存済みの記録から作り直す（壊れた一覧は別に残します）</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+47"/>
        <location line="+43"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>give TEXT, -, --eml FILE or --image FILE</source>
        <translation>TEXT、-、--eml FILE、--image FILE のどれかを指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give only one of TEXT, -, --eml FILE and --image FILE</source>
        <translation>TEXT、-、--eml FILE、--image FILE のうち、どれか1つだけを指定してください</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>list the stored bookmarks</source>
        <translation>保存したブックマークを一覧表示する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>add an https bookmark</source>
        <translation>https のブックマークを追加する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name for the bookmark</source>
        <translation>ブックマークの名前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the broker&apos;s id in the directory</source>
        <translation>証券会社一覧での ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove a bookmark by id</source>
        <translation>ID を指定してブックマークを削除する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write the bookmarks to a JSON file (no secrets)</source>
        <translation>ブックマークを JSON ファイルに書き出す（秘密の情報は含みません）</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+8"/>
        <location line="+51"/>
        <location line="+30"/>
        <location line="+96"/>
        <location line="+4"/>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>add the bookmarks of an exported JSON file</source>
        <translation>書き出した JSON ファイルのブックマークを追加する</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/bookmarks.py" line="+54"/>
        <source>Added bookmark {id}: {label} &lt;{url}&gt;</source>
        <translation>ブックマーク {id} を追加しました: {label} &lt;{url}&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed bookmark {id}.</source>
        <translation>ブックマーク {id} を削除しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing bookmarks: {done} of {total}</source>
        <translation>ブックマークを読み込んでいます：{total} 件中 {done} 件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bookmarks imported: {added} (already there: {skipped}).</source>
        <translation>{added} 件のブックマークを読み込みました（{skipped} 件は登録済みでした）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bookmarks exported to {file}: {count}.</source>
        <translation>{count} 件のブックマークを {file} に書き出しました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No bookmarks stored yet.</source>
        <translation>ブックマークはまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Index rebuilt from the stored records: {count} found.</source>
        <translation>保存済みの記録から一覧を作り直しました: {count} 件見つかりました。</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/links.py" line="+69"/>
        <source>No link found in: {text}</source>
        <translation>リンクが見つかりませんでした: {text}</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/password.py" line="+110"/>
        <source>Strength: {score}/4 ({state})</source>
        <translation>強さ: {score}/4（{state}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Breaches: found in known data breaches ({count} times)</source>
        <translation>漏えい: 既知の情報漏えいで {count} 回見つかりました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches: not found in known data breaches</source>
        <translation>漏えい: 既知の情報漏えいには見つかりませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches: not checked</source>
        <translation>漏えい: 確認していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches: unknown ({reason}); this is not a safe result</source>
        <translation>漏えい: 不明（{reason}）。安全という意味ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reuse: unknown, the keyring cannot be read</source>
        <translation>使い回し: 不明（キーリングを読み込めません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reuse: the same as your {accounts}</source>
        <translation>使い回し: {accounts} と同じパスワードです</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reuse: not used for your other stored accounts</source>
        <translation>使い回し: 保存されているほかの口座では使われていません</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/totp.py" line="+59"/>
        <source>This set-up key can be used.</source>
        <translation>この設定キーは使えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>桁数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New code every (seconds)</source>
        <translation>コードが変わる間隔（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key length (bits)</source>
        <translation>キーの長さ（ビット）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This set-up key cannot be used:</source>
        <translation>この設定キーは使えません:</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/report.py" line="+52"/>
        <source>Report saved: {path} (check ID {check_id})</source>
        <translation>レポートを保存しました: {path}（確認ID {check_id}）</translation>
    </message>
</context>
<context>
    <name>ClockCheckPanel</name>
    <message>
        <location filename="../../secguard/ui/pages/totp_clock.py" line="+98"/>
        <source>Asking for the time…</source>
        <translation>時刻を問い合わせています…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This PC&apos;s clock is right</source>
        <translation>このパソコンの時計は正確です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s clock is off</source>
        <translation>このパソコンの時計がずれています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clock could not be checked</source>
        <translation>時計を確認できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a broker&apos;s site</source>
        <translation>証券会社のサイト</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This PC&apos;s clock</source>
        <translation>このパソコンの時計</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Codes match only when the clocks agree. secguard can compare this PC&apos;s clock with the time your broker&apos;s official site gives: one short request, which sends nothing about your accounts.</source>
        <translation>コードは時計が合っているときだけ一致します。secguard は、このパソコンの時計を証券会社の公式サイトが示す時刻と比べられます。短い問い合わせを1回するだけで、口座のことは何も送りません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check this PC&apos;s cl&amp;ock</source>
        <translation>このパソコンの時計を確認(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../secguard/ui/crash_dialog.py" line="+22"/>
        <source>secguard: unexpected problem</source>
        <translation>secguard: 予期しない問題</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secguard ran into a problem it did not expect. Nothing you stored has been lost. If you contact support, copy the report below and send it; it contains no passwords or other secrets.

The report is also saved in: {path}</source>
        <translation>secguard で予期しない問題が起きました。保存した内容は失われていません。サポートに問い合わせる場合は、下のレポートをコピーして送ってください。レポートにパスワードなどの秘密の情報は含まれていません。

レポートは次の場所にも保存されています: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
</context>
<context>
    <name>GeneratorPanel</name>
    <message>
        <location filename="../../secguard/ui/pages/generator_panel.py" line="+106"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>コピーしました。クリップボードは30秒後に消去されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The password rules of {broker} are not known here: the new password has {length} characters and a few common symbols. If the site refuses it, make another.</source>
        <translation>{broker}のパスワードの決まりはここでは分かりません。新しいパスワードは{length}文字で、よく使われる記号を少し含みます。サイトで受け付けられないときは、もう一度作ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made for the rules of {broker}: {low} to {high} characters.</source>
        <translation>{broker}の決まりに合わせて作ります（{low}〜{high}文字）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which symbols {broker} accepts is not confirmed: only {symbols} are used. If one is refused, make another.</source>
        <translation>{broker}で使える記号は確認できていないため、{symbols} だけを使います。受け付けられないときは、もう一度作ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A passphrase is too long for {broker} (at most {high} characters).</source>
        <translation>パスフレーズは{broker}には長すぎます（最大{high}文字）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: a page of {broker} itself.</source>
        <translation>出典：{broker}自身のページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: a third-party page, not one of {broker}.</source>
        <translation>出典：{broker}ではない第三者のページ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make a new password</source>
        <translation>新しいパスワードを作る</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A passphrase is five ordinary words in a row: long, hard to guess and easier to remember. A random password is a jumble of letters, digits and symbols.</source>
        <translation>パスフレーズは、ふつうの単語を5つ並べたものです。長くて推測されにくく、覚えやすいのが特長です。ランダムなパスワードは、英字・数字・記号をばらばらに並べたものです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>パスフレーズ(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Random password</source>
        <translation>ランダムなパスワード(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy</source>
        <translation>コピー(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use it above</source>
        <translation>上の欄で使う(&amp;U)</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../secguard/ui/pages/mfa_guidance.py" line="+69"/>
        <source>secguard does not know your brokers yet. Add an account below (or a bookmark in step 2), and it shows here what each broker offers.</source>
        <translation>secguard はまだお使いの証券会社を知りません。下で口座を追加すると（またはステップ2でブックマークを登録すると）、各社で使える方法をここに表示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some brokers&apos; e-mails contain a link to a page where you enter a one-time code. Never use such a link: that is exactly what step 1 warns about. Open your broker from your own bookmark and enter the code there.</source>
        <translation>証券会社からのメールに、ワンタイムコードを入力するページへのリンクが含まれていることがあります。そのようなリンクは決して使わないでください。まさにステップ1で注意している危険です。証券会社のサイトはご自分のブックマークから開き、そこでコードを入力してください。</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../secguard/ui/pages/links.py" line="+196"/>
        <source>Paste a link or a whole message first.</source>
        <translation>先にリンクかメッセージ全体を貼り付けてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+147"/>
        <source>The check failed; nothing was judged.</source>
        <translation>確認に失敗しました。判定は行われていません。</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>No link found in the text.</source>
        <translation>テキストにリンクが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dangerous links: {count} of {total}. Do not open them.</source>
        <translation>{total} 件のリンクのうち {count} 件は危険です。開かないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links checked: {total}.</source>
        <translation>{total} 件のリンクを確認しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a saved e-mail</source>
        <translation>保存したメールを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved e-mails (*.eml)</source>
        <translation>保存したメール (*.eml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a picture with a QR code</source>
        <translation>QR コードの画像を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the e-mail…</source>
        <translation>メールを読み取っています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Reading the picture…</source>
        <translation>画像を読み取っています…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The e-mail contains no link.</source>
        <translation>このメールにはリンクがありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No QR code found in the picture.</source>
        <translation>画像の中に QR コードが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QR code holds no link.</source>
        <translation>この QR コードにはリンクが入っていません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Never open a link from an e-mail or SMS to log in to your broker. If a message worries you, paste the link, or the whole message, below: secguard reads it as text and tells you where each link really goes. Nothing is opened.</source>
        <translation>メールやSMSのリンクから証券会社にログインしてはいけません。気になるメッセージがあれば、リンクかメッセージ全体を下に貼り付けてください。secguard は文字として読み取り、それぞれのリンクの本当の行き先をお知らせします。リンクを開くことはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check a link or a message</source>
        <translation>リンクやメッセージを確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the link or the whole message here</source>
        <translation>ここにリンクまたはメッセージ全体を貼り付けてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link or message to check</source>
        <translation>確認するリンクまたはメッセージ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Enter checks; Tab moves on to the buttons. You can also drop a saved e-mail (.eml) or a picture of a QR code here, or paste a picture with Ctrl+V.</source>
        <translation>Ctrl+Enter で確認します。Tab キーでボタンに移ります。保存したメール（.eml）や QR コードの画像をここにドラッグして置くことも、Ctrl+V で画像を貼り付けることもできます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open &amp;e-mail file…</source>
        <translation>メールファイルを開く(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a saved e-mail file (.eml) to check</source>
        <translation>保存したメールファイル（.eml）を開いて確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;image…</source>
        <translation>画像を開く(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a picture with a QR code to check the link in it</source>
        <translation>QR コードの画像を開いて、中のリンクを確認する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the file</source>
        <translation>ファイルを読み取っています</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Check</source>
        <translation>確認する(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clea&amp;r</source>
        <translation>消去(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your habit</source>
        <translation>あなたの習慣</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: you log in only from your own bookmarks.</source>
        <translation>完了: 自分のブックマークからだけログインします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it up: a link in a message is never the way to your broker.</source>
        <translation>この習慣を続けましょう。メッセージの中のリンクは、証券会社への正しい入り口ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done yet</source>
        <translation>まだです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise yourself: I will log in only from my own bookmarks, never from a link in an e-mail or SMS.</source>
        <translation>自分と約束しましょう: ログインは自分のブックマークからだけ。メールやSMSのリンクからは決してログインしません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I &amp;promise</source>
        <translation>約束する(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I will log in only from my own bookmarks, never from a link in a message</source>
        <translation>ログインは自分のブックマークからだけ行い、メッセージのリンクからは行いません</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secguard/ui/main_window.py" line="+409"/>
        <source>Your saved progress could not be read. It was kept as {name} and secguard started afresh; your bookmarks are not affected.</source>
        <translation>保存した進み具合を読み込めませんでした。そのファイルは {name} として残し、最初から始めています。ブックマークには影響ありません。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The translation file is missing, so the language cannot be changed. Please reinstall secguard.</source>
        <translation>翻訳ファイルが見つからないため、言語を切り替えられません。secguard を再インストールしてください。</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Your progress could not be saved for next time.</source>
        <translation>進み具合を次回のために保存できませんでした。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>secguard: brokerage account self-check</source>
        <translation>secguard: 証券口座セルフチェック</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{brand} secguard: brokerage account self-check</source>
        <translation>{brand} secguard: 証券口座セルフチェック</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something looks &amp;wrong…</source>
        <translation>不審な取引・ログインがあった(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;report for support…</source>
        <translation>サポート用のレポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something looks wrong</source>
        <translation>不審な取引・ログインがあった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something looks wrong: what to do now</source>
        <translation>不審な取引・ログインがあった: 今すぐすること</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps</source>
        <translation>ステップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About secguard</source>
        <translation>secguard について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Need action: {count} of 7 precautions</source>
        <translation>対応が必要な対策: {count} 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet: {count} of 7 precautions</source>
        <translation>7つの対策のうち {count} 件が未確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All precautions checked</source>
        <translation>すべての対策を確認済み</translation>
    </message>
</context>
<context>
    <name>MessageArea</name>
    <message>
        <location filename="../../secguard/ui/banner.py" line="+146"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location line="-46"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+78"/>
        <source>Not checked yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check could not finish, so the state is unknown</source>
        <translation>確認を完了できなかったため、状態は不明です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You log in only from your own bookmarks, never from a link in a message.</source>
        <translation>ログインは自分のブックマークからだけ行い、メッセージのリンクからは行いません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a bookmark for your broker&apos;s official site in step 2.</source>
        <translation>ステップ2で証券会社の公式サイトをブックマークに追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan your browsers&apos; bookmarks for imitations in step 2.</source>
        <translation>ステップ2でブラウザーのブックマークになりすましがないか確認してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your bookmarks cannot be read while the system keyring is unavailable.</source>
        <translation>システムのキーリングが使えない間は、ブックマークを読み込めません。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Broker bookmarks: {count}, and no browser bookmark imitates a broker.</source>
        <translation>証券会社のブックマークが {count} 件あり、ブラウザーのブックマークになりすましはありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Browser bookmarks that lead to imitations of a broker: {count}. Delete them now.</source>
        <translation>ブラウザーのブックマークのうち {count} 件が証券会社のなりすましサイトにつながっています。今すぐ削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspicious browser bookmarks: {count}. Check them in step 2.</source>
        <translation>ブラウザーのブックマークのうち {count} 件が不審です。ステップ2で確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading your bookmarks from the system keyring…</source>
        <translation>システムのキーリングからブックマークを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts checked: {checked}. Their passwords are strong, not breached and not reused.</source>
        <translation>{checked} 件の口座のパスワードは強く、漏えいも使い回しもありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password is only fair, or was not checked for breaches: see step 4.</source>
        <translation>強さが十分でないか、漏えいを確認していないパスワードがあります。ステップ4を見てください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password is weak, breached or reused: change it now (step 4).</source>
        <translation>弱い、漏えいした、または使い回しているパスワードがあります。今すぐ変更してください（ステップ4）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A browser profile&apos;s bookmarks could not be read.</source>
        <translation>ブラウザープロファイルのブックマークを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n_passwords.py" line="+16"/>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>単語をあと1〜2個加えてください。あまり使われない単語のほうが安全です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>大文字にしても、あまり強くなりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>単語を逆さに書いても、推測の難しさはあまり変わりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>&apos;a&apos; の代わりに &apos;@&apos; を使うような予想しやすい置き換えは、あまり効果がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a few words, avoid common phrases.</source>
        <translation>いくつかの単語を組み合わせ、よくある言い回しは避けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>記号や数字、大文字は必須ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>キーボードで一列に並んだキーは推測されやすいです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>短いキーボードのパターンは推測されやすいです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a top-10 common password.</source>
        <translation>最もよく使われているパスワードの上位10位に入っています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is similar to a commonly used password.</source>
        <translation>よく使われているパスワードに似ています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A word by itself is easy to guess.</source>
        <translation>単語1つだけでは推測されやすいです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>すべて大文字でも、すべて小文字とほとんど同じくらい推測されやすいです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>キーボードのパターンを使うなら、もっと長く、曲がり角の多いものにしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>「aaa」のような繰り返しは推測されやすいです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>「abcabcabc」のような繰り返しは「abc」よりわずかに推測しにくいだけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is a top-100 common password.</source>
        <translation>最もよく使われているパスワードの上位100位に入っています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a very common password.</source>
        <translation>とてもよく使われているパスワードです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>名前や名字だけでは推測されやすいです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common names and surnames are easy to guess.</source>
        <translation>よくある名前や名字は推測されやすいです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid repeated words and characters.</source>
        <translation>単語や文字の繰り返しは避けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>「abc」や「6543」のような連続は推測されやすいです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid sequences.</source>
        <translation>連続した文字や数字は避けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent years are easy to guess.</source>
        <translation>最近の年は推測されやすいです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are often easy to guess.</source>
        <translation>日付は推測されやすいことが多いです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation>最近の年は避けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that are associated with you.</source>
        <translation>自分に関係のある年は避けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>自分に関係のある日付や年は避けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a password to check it.</source>
        <translation>確認するパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very strong</source>
        <translation>とても強い</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer could not reach the breach service (offline?)</source>
        <translation>このコンピューターから漏えい確認サービスにつながりませんでした（オフラインかもしれません）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the breach service did not answer in time</source>
        <translation>漏えい確認サービスが時間内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secure connection to the breach service could not be checked</source>
        <translation>漏えい確認サービスとの安全な接続を確認できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the breach service asked to wait; try again in a minute</source>
        <translation>漏えい確認サービスから待つよう求められました。1分ほどしてからやり直してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the breach service had a problem of its own</source>
        <translation>漏えい確認サービス側で問題が起きました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the breach service&apos;s answer could not be read</source>
        <translation>漏えい確認サービスの応答を読み取れませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the breach service gave an unexpected answer</source>
        <translation>漏えい確認サービスから予期しない応答がありました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the check was interrupted</source>
        <translation>確認が途中で止まりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This password follows a pattern that is easy to guess.</source>
        <translation>このパスワードは推測されやすいパターンになっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No password was given on standard input.</source>
        <translation>標準入力でパスワードが渡されませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short for this broker: it needs at least {limit} characters.</source>
        <translation>この証券会社には短すぎます。{limit}文字以上が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for this broker: it accepts at most {limit} characters.</source>
        <translation>この証券会社には長すぎます。最大{limit}文字までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This broker does not accept these symbols: {symbols}</source>
        <translation>この証券会社では次の記号は使えません：{symbols}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This broker asks for at least {count} different symbols.</source>
        <translation>この証券会社では異なる記号を{count}種類以上使う必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key that protects your password fingerprints cannot be read, so reuse cannot be checked. It was kept as it is.</source>
        <translation>パスワードの指紋を守る鍵を読み込めないため、使い回しを確認できません。鍵はそのまま残してあります。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n.py" line="+4"/>
        <source>The system keyring reported a problem. Nothing was lost.</source>
        <translation>システムのキーリングで問題が起きました。データは失われていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your bookmarks and accounts are kept in the system keyring.</source>
        <translation>ブックマークと口座の情報はシステムのキーリングに保存されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring is locked, so secguard cannot read or save your bookmarks. Unlock it (log in again, or open your keyring app) and try again. Nothing was lost.</source>
        <translation>システムのキーリングがロックされているため、ブックマークを読み込んだり保存したりできません。キーリングのロックを解除して（再ログインするか、キーリングのアプリを開いて）、もう一度お試しください。データは失われていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring cannot be used ({detail}). secguard will not store anything anywhere else. Nothing was lost.</source>
        <translation>システムのキーリングを使えません（{detail}）。secguard がほかの場所にデータを保存することはありません。データは失われていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring was found, so secguard cannot store bookmarks. On Linux, install and start GNOME Keyring or KWallet. secguard never stores them unprotected instead.</source>
        <translation>システムのキーリングが見つからないため、ブックマークを保存できません。Linux の場合は GNOME Keyring か KWallet をインストールして起動してください。secguard が代わりに保護されていない場所へ保存することはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The only keyring available stores data unencrypted in a file, so secguard will not use it. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again.</source>
        <translation>利用できるキーリングはデータを暗号化せずにファイルへ保存する方式のため、secguard は使いません。デスクトップのキーリング（GNOME Keyring か KWallet）を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keyring did not answer within {seconds} seconds. It may be waiting for you to unlock it in another window. Nothing was lost.</source>
        <translation>システムのキーリングが {seconds} 秒以内に応答しませんでした。別のウィンドウでロック解除を待っている可能性があります。データは失われていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This entry is too large for the system keyring ({size} of {limit} bytes). Shorten the address or the name. Nothing was saved.</source>
        <translation>この項目はシステムのキーリングに保存するには大きすぎます（{size} バイト、上限 {limit} バイト）。アドレスか名前を短くしてください。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no entry with id {id}.</source>
        <translation>ID {id} の項目はありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stored entry cannot be read; it was set aside and kept, not deleted.</source>
        <translation>保存した項目を読み込めませんでした。その項目は削除せず、別にして残してあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A listed entry is missing from the keyring.</source>
        <translation>一覧にある項目がキーリングに見つかりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bookmark cannot be used.</source>
        <translation>このブックマークは使えません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is judged fake or suspicious: it cannot be saved as a bookmark.</source>
        <translation>このアドレスは偽物または不審と判定されました。ブックマークとして保存できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This address imitates {broker}: it cannot be saved as a bookmark. Add the real {broker} site instead.</source>
        <translation>このアドレスは{broker}になりすましています。ブックマークとして保存できません。代わりに本物の{broker}のサイトを追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file cannot be imported.</source>
        <translation>このファイルは読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds addresses judged fake or suspicious, so nothing was imported. Remove them from the file, or add the brokers&apos; real sites instead.</source>
        <translation>このファイルには偽物または不審と判定されたアドレスが含まれているため、何も読み込みませんでした。ファイルから取り除くか、代わりに証券会社の本物のサイトを追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a broker site secguard knows; it is saved and marked so. Check the address letter by letter against your broker&apos;s letters before you use it.</source>
        <translation>secguard が知っている証券会社のサイトではありません。その旨の印を付けて保存しました。使う前に、証券会社からの郵送物と一文字ずつ見比べて確かめてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please enter an address.</source>
        <translation>アドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is longer than {limit} characters.</source>
        <translation>アドレスが {limit} 文字を超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../secguard/i18n_mfa.py" line="+201"/>
        <source>The address contains hidden control characters.</source>
        <translation>アドレスに目に見えない制御文字が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid web address.</source>
        <translation>正しいウェブアドレスではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only secure addresses starting with https:// can be bookmarked (this one is {scheme}).</source>
        <translation>ブックマークできるのは https:// で始まる安全なアドレスだけです（このアドレスは {scheme} です）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address contains an @ before the site name, a trick used to disguise where a link really goes.</source>
        <translation>アドレスのサイト名の前に @ があります。これはリンクの本当の行き先をごまかすための手口です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address has no site name.</source>
        <translation>アドレスにサイト名がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site name in the address is not valid.</source>
        <translation>アドレスのサイト名が正しくありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>名前が {limit} 文字を超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name contains hidden control characters.</source>
        <translation>名前に目に見えない制御文字が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is not a bookmark (it needs a text &quot;url&quot;).</source>
        <translation>この項目はブックマークではありません（文字列の &quot;url&quot; が必要です）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is larger than {limit} KB, too large for a bookmark export.</source>
        <translation>ファイルが {limit} KB を超えており、ブックマークの書き出しファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a secguard bookmark export (it is not JSON text).</source>
        <translation>このファイルは secguard のブックマーク書き出しファイルではありません（JSON テキストではありません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a secguard bookmark export.</source>
        <translation>このファイルは secguard のブックマーク書き出しファイルではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was exported by a different secguard version ({version}).</source>
        <translation>このファイルは別のバージョンの secguard で書き出されています（{version}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported. Entries with problems: {count}.</source>
        <translation>{count} 件の項目に問題があるため、何も読み込みませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This account cannot be kept.</source>
        <translation>この口座は保存できません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keyring in use ({backend}) is not one that secguard knows to encrypt what it stores, so secguard will not use it. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) and try again. Nothing was stored anywhere else.</source>
        <translation>お使いのキーリング（{backend}）は、保存する内容を暗号化することが確認できないため、secguard は使いません。デスクトップのキーリング（GNOME Keyring または KWallet）を起動してから、もう一度お試しください。ほかの場所には何も保存していません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another secguard window or command has been saving to the keyring for more than {seconds} seconds. Try again when it has finished. Nothing was lost.</source>
        <translation>別の secguard のウィンドウまたはコマンドが {seconds} 秒以上キーリングに保存を続けています。終わってから、もう一度お試しください。データは失われていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secguard cannot create its lock file ({path}), so it does not save anything: another secguard could be saving at the same moment. Nothing was lost.</source>
        <translation>secguard のロックファイル（{path}）を作成できないため、保存は行いません。別の secguard が同時に保存している可能性があるためです。データは失われていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import stopped after {done} of {total} bookmarks; those are stored. Import the same file again to add the rest: bookmarks already stored are not added twice.</source>
        <translation>{total} 件中 {done} 件のブックマークを読み込んだところで止まりました。この {done} 件は保存されています。同じファイルをもう一度読み込むと残りが追加されます。保存済みのブックマークが二重に追加されることはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The broker id is not valid (it may hold only lower-case letters, digits and hyphens).</source>
        <translation>証券会社の ID が正しくありません（使えるのは半角の英小文字・数字・ハイフンだけです）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not an ordinary file (it is a folder, a device or a pipe). Choose a file.</source>
        <translation>これは通常のファイルではありません（フォルダー、デバイス、またはパイプです）。ファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password on standard input is not UTF-8 text. Nothing was checked.</source>
        <translation>標準入力のパスワードが UTF-8 の文字列ではありません。確認は行っていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the official site of {broker} ({domain}).</source>
        <translation>{broker}の公式サイトです（{domain}）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The address hides the address of {broker} ({domain}) inside another site&apos;s address ({registrable}).</source>
        <translation>{broker}のアドレス（{domain}）を、別のサイトのアドレス（{registrable}）の中に紛れ込ませています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site name uses the name of {broker} (“{token}”), but the real site of {broker} is {domain}.</source>
        <translation>サイト名に{broker}の名前（「{token}」）が使われていますが、{broker}の本物のサイトは {domain} です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same name as the site of {broker}, but ending in .{suffix} instead of .{official_suffix}.</source>
        <translation>{broker}のサイトと同じ名前ですが、末尾が .{official_suffix} ではなく .{suffix} になっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{label}” is spelled almost like “{official}” of {broker}: a letter is changed, added, swapped or missing.</source>
        <translation>「{label}」は{broker}の「{official}」とほとんど同じつづりです。文字が置き換えられたり、追加・入れ替え・省略されたりしています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{label}” reads as “{official}” of {broker} at a glance: letters that look alike are written in its place (rn for m, cl for d, 1 for l).</source>
        <translation>「{label}」は、ぱっと見ると{broker}の「{official}」に見えます。形の似た文字が代わりに使われています（m の代わりに rn、d の代わりに cl、l の代わりに 1 など）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site name uses look-alike characters ({scripts}) to imitate the name of {broker}.</source>
        <translation>サイト名に見た目の似た文字（{scripts}）を使って、{broker}の名前をまねています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link is written with special characters that imitate the address of {broker}.</source>
        <translation>リンクが、{broker}のアドレスに見せかける特殊な文字で書かれています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link uses the log-in path of {broker} (“{marker}”) on a site that does not belong to {broker}.</source>
        <translation>{broker}のものではないサイトで、{broker}のログイン用のパス（「{marker}」）が使われています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site name contains “{marker}”, a word of the log-in address of {broker}, but the site does not belong to {broker}.</source>
        <translation>サイト名に{broker}のログイン用アドレスの語「{marker}」が含まれていますが、{broker}のサイトではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link leads to “{path}” on a site outside Japan: fake log-in pages for Japanese brokers are often put there on hijacked sites.</source>
        <translation>このリンクは日本国外のサイトの「{path}」に向かいます。日本の証券会社を装う偽のログインページは、乗っ取られたサイトのこうした場所に置かれることがよくあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Part of the address (“{words}”) is made of words fake log-in pages use to look official.</source>
        <translation>アドレスの一部（「{words}」）が、偽のログインページが本物らしく見せるために使う語だけでできています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message names {broker}, but this link does not go to the site of {broker} ({domain}).</source>
        <translation>メッセージには{broker}の名前がありますが、このリンクは{broker}のサイト（{domain}）に向かっていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address contains the name “{token}”, but it is not the site of {broker} ({domain}). Log in to {broker} only from your bookmark.</source>
        <translation>このアドレスには「{token}」という名前が入っていますが、{broker}のサイト（{domain}）ではありません。{broker}にはブックマークからだけログインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This site belongs to {group}. It is not the trading site of {broker}: log in to {broker} only from your bookmark.</source>
        <translation>このサイトは{group}のものです。{broker}の取引サイトではありません。{broker}にはブックマークからだけログインしてください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The page name “{code}” looks randomly generated, like the links fake sites send out one message at a time.</source>
        <translation>ページの名前「{code}」は無作為に作られたもののようです。偽サイトがメッセージ1通ごとに作って送るリンクによく見られます。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A browser may read this address with the text beside it and open {host}.</source>
        <translation>ブラウザーは、このアドレスを前後の文字と続けて読み、{host} を開くおそれがあります。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This copy of secguard is damaged: the settings its brokerage built into it cannot be read. Please reinstall it from your brokerage&apos;s website.</source>
        <translation>このsecguardは壊れています。証券会社が組み込んだ設定を読み込めません。お取引の証券会社のウェブサイトから、もう一度インストールしてください。</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The list of your stored entries is damaged. secguard will not write until it is rebuilt (the Repair button in the window, or `secguard bookmarks repair`); your entries themselves are kept.</source>
        <translation>保存している項目の一覧が壊れています。作り直すまで secguard は書き込みをしません（画面の「修復する」ボタン、または `secguard bookmarks repair`）。項目そのものは残っています。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The file cannot be written.</source>
        <translation>ファイルに書き込めません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter a name for the account.</source>
        <translation>口座の名前を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account name is longer than {limit} characters.</source>
        <translation>口座の名前が {limit} 文字を超えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log-in ID is longer than {limit} characters.</source>
        <translation>ログインIDが {limit} 文字を超えています。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This is your own bookmark “{label}”.</source>
        <translation>あなたのブックマーク「{label}」です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link starts with http://, so the connection would not be encrypted.</source>
        <translation>リンクが http:// で始まっているため、通信が暗号化されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link uses {scheme}:// instead of https://.</source>
        <translation>リンクが https:// ではなく {scheme}:// を使っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address hides its real destination behind an @: it really leads to {host}.</source>
        <translation>アドレスの @ の後ろに本当の行き先が隠されています。実際の行き先は {host} です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link uses an unusual port ({port}).</source>
        <translation>リンクが通常と異なるポート（{port}）を使っています。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The link goes to a bare number (an IP address) instead of a site name.</source>
        <translation>リンクの行き先がサイト名ではなく数字の並び（IPアドレス）になっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link shortener ({host}) hides where this link really goes.</source>
        <translation>短縮URL（{host}）のため、リンクの本当の行き先が分かりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone can create a page on {host} (forms, documents, sites).</source>
        <translation>{host} では誰でもページ（フォーム、文書、サイト）を作れます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone can publish a site under {platform}; brokers do not put their log-in pages there.</source>
        <translation>{platform} の下には誰でもサイトを公開できます。証券会社がそこにログインページを置くことはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address does not end in a real top-level domain.</source>
        <translation>アドレスの末尾が実在するトップレベルドメインではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses ending in .{tld} are often used for fraud.</source>
        <translation>.{tld} で終わるアドレスは詐欺によく使われています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name is written in non-Latin letters ({scripts}) that can imitate other names.</source>
        <translation>サイト名が、ほかの名前をまねることのできるラテン文字以外の文字（{scripts}）で書かれています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site name mixes alphabets ({scripts}), a trick to imitate other names.</source>
        <translation>サイト名に複数の種類の文字（{scripts}）が混ざっています。ほかの名前をまねる手口です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name is only numbers.</source>
        <translation>サイト名が数字だけでできています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site name “{label}” looks randomly generated.</source>
        <translation>サイト名「{label}」は無作為に作られたように見えます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address has an unusually long chain of names ({count} levels).</source>
        <translation>アドレスの名前の連なりが異常に長くなっています（{count} 段）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name has many hyphens, common in fake sites.</source>
        <translation>サイト名にハイフンが多く、偽サイトによく見られる形です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site name contains “{word}”, a word fake log-in pages use.</source>
        <translation>サイト名に、偽のログインページが使う言葉「{word}」が含まれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link is written with special characters that imitate ordinary letters.</source>
        <translation>リンクが、普通の文字に見せかける特殊な文字で書かれています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message urges you to log in or confirm something. A broker&apos;s real messages never need you to do that through a link.</source>
        <translation>メッセージがログインや確認を急がせています。証券会社の本物の連絡で、リンクからそれを求めることはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address is malformed.</source>
        <translation>アドレスの形式が正しくありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secguard does not know this site and cannot vouch for it. It is not a broker&apos;s log-in site.</source>
        <translation>secguard はこのサイトを知らないため、安全とは言えません。証券会社のログインサイトではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text was too long: only the first {chars} characters and {links} links were checked.</source>
        <translation>テキストが長すぎるため、最初の {chars} 文字と {links} 件のリンクだけを確認しました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address contains hidden characters that cannot be seen. Real links never need them: this is a sign of a fake.</source>
        <translation>このアドレスには目に見えない文字が隠れています。本物のリンクにこのような文字は必要ありません。偽物のしるしです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address is longer than any real site&apos;s address can be.</source>
        <translation>このアドレスは、実在するサイトのアドレスとしてはありえない長さです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The broker directory has an invalid entry ({where}: {problem}).</source>
        <translation>証券会社一覧に不正な項目があります（{where}: {problem}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The broker directory {path} cannot be read.</source>
        <translation>証券会社一覧 {path} を読み込めません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The broker directory is invalid.</source>
        <translation>証券会社一覧が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n_system.py" line="+15"/>
        <source>{command} is not available on this computer, so this could not be checked.</source>
        <translation>このコンピューターには {command} がないため、確認できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{command} did not answer in time, so this could not be checked.</source>
        <translation>{command} が時間内に応答しなかったため、確認できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{command} reported an error, so this could not be checked.</source>
        <translation>{command} がエラーを報告したため、確認できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secguard did not run {command}: it runs only commands on its list of read-only ones.</source>
        <translation>secguard は {command} を実行しませんでした。読み取り専用と決めたコマンドしか実行しないためです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What {command} reported could not be understood, so this could not be checked.</source>
        <translation>{command} の結果を読み取れなかったため、確認できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secguard can check this only on Windows, macOS and Linux.</source>
        <translation>この確認は Windows、macOS、Linux でのみ行えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version of the operating system could not be read.</source>
        <translation>OS のバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} receives security updates until {end}.</source>
        <translation>{name} には {end} までセキュリティ更新が提供されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} receives security updates; no end date has been announced.</source>
        <translation>{name} にはセキュリティ更新が提供されています。終了日はまだ発表されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security updates for {name} end on {end}, in {days} days. Plan the upgrade now.</source>
        <translation>{name} のセキュリティ更新は {end}（あと {days} 日）で終わります。今のうちにアップグレードの準備をしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} receives security updates until {end}, according to secguard&apos;s data of {checked}. That data may be out of date: please update secguard.</source>
        <translation>secguard の {checked} 時点の情報では、{name} には {end} までセキュリティ更新が提供されます。この情報は古い可能性があります。secguard を更新してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secguard does not know whether {name} ({version}) still receives updates.</source>
        <translation>{name}（{version}）にまだ更新が提供されているかどうか、secguard にはわかりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secguard does not know whether {name} still receives updates.</source>
        <translation>{name} にまだ更新が提供されているかどうか、secguard にはわかりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows 10 stopped receiving updates on {end}; only PCs enrolled in Extended Security Updates get security fixes, until {extended_end}. Upgrade to Windows 11 in Settings &gt; Windows Update, or, if this PC cannot run it, enrol in Extended Security Updates there.</source>
        <translation>Windows 10 の更新は {end} に終了しました。拡張セキュリティ更新（ESU）に登録したパソコンだけが、{extended_end} までセキュリティ修正を受け取れます。［設定］＞［Windows Update］から Windows 11 にアップグレードしてください。このパソコンで Windows 11 が使えない場合は、同じ画面から拡張セキュリティ更新に登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} version {version} stopped receiving updates on {end}. Install the newest Windows 11 version in Settings &gt; Windows Update.</source>
        <translation>{name} バージョン {version} の更新は {end} に終了しました。［設定］＞［Windows Update］から最新の Windows 11 をインストールしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} stopped receiving updates on {end}. Ask whoever manages this PC to move it to a supported Windows version.</source>
        <translation>{name} の更新は {end} に終了しました。このパソコンの管理者に、サポート中の Windows への移行を依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({version}) stopped receiving security updates long ago. Upgrade to a supported version now.</source>
        <translation>{name}（{version}）のセキュリティ更新はずっと前に終了しています。すぐにサポート中のバージョンへアップグレードしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>macOS {version} no longer receives security updates. Upgrade in System Settings &gt; General &gt; Software Update; if this Mac cannot run a newer macOS, plan to replace it.</source>
        <translation>macOS {version} にはもうセキュリティ更新が提供されていません。［システム設定］＞［一般］＞［ソフトウェア・アップデート］からアップグレードしてください。この Mac で新しい macOS が使えない場合は、買い替えをご検討ください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>macOS {version} is one of the versions Apple still updates.</source>
        <translation>macOS {version} は、Apple が現在も更新を提供しているバージョンです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apple usually stops updating macOS {major} around {end} (Apple announces no dates). Upgrade to a newer macOS in System Settings &gt; General &gt; Software Update.</source>
        <translation>Apple は通常、{end} ごろに macOS {major} の更新を終えます（Apple は終了日を発表しません）。［システム設定］＞［一般］＞［ソフトウェア・アップデート］から新しい macOS にアップグレードしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} stopped receiving security updates on {end}. Upgrade to a supported release of your distribution (its release notes explain how).</source>
        <translation>{name} のセキュリティ更新は {end} に終了しました。お使いのディストリビューションのサポート中のリリースにアップグレードしてください（手順はリリースノートに書かれています）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Regular security support for {name} ended on {end}; Debian&apos;s Long Term Support team keeps fixing the most important problems until {extended_end}. Plan the upgrade to the next Debian release.</source>
        <translation>{name} の通常のセキュリティサポートは {end} に終了しました。{extended_end} までは Debian の長期サポート（LTS）チームが重要な問題を修正します。次の Debian リリースへのアップグレードを計画してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard support for {name} ended on {end}; security updates continue until {extended_end} only with Ubuntu Pro. Upgrade to a newer Ubuntu release or turn on Ubuntu Pro.</source>
        <translation>{name} の標準サポートは {end} に終了しました。{extended_end} までのセキュリティ更新は Ubuntu Pro を有効にした場合だけ受け取れます。新しい Ubuntu にアップグレードするか、Ubuntu Pro を有効にしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>secguard&apos;s table of supported versions is damaged ({where}).</source>
        <translation>secguard のサポート対象バージョンの表が壊れています（{where}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No updates are waiting.</source>
        <translation>未適用の更新はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No updates are waiting. The last update was installed on {date}.</source>
        <translation>未適用の更新はありません。最後に更新をインストールしたのは {date} です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates waiting: {count}. Install them soon.</source>
        <translation>未適用の更新：{count} 件。早めにインストールしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updates waiting: {count}, of which {security} fix security problems. Install them now.</source>
        <translation>未適用の更新：{count} 件（うちセキュリティ修正 {security} 件）。今すぐインストールしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The list of available updates was last refreshed {days} days ago, too long ago to trust. Open your software updater and check for updates.</source>
        <translation>更新の一覧が最後に取得されたのは {days} 日前で、古すぎて当てになりません。ソフトウェアの更新ツールを開いて、更新を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list of available updates has never been downloaded on this computer, so secguard cannot tell whether updates are waiting.</source>
        <translation>このコンピューターでは更新の一覧が一度も取得されていないため、未適用の更新があるかどうか secguard にはわかりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No known package manager (apt, dnf or zypper) was found, so updates could not be checked.</source>
        <translation>対応しているパッケージ管理ツール（apt、dnf、zypper）が見つからないため、更新を確認できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A restart is needed to finish installing updates. Restart the computer.</source>
        <translation>更新のインストールを完了するには再起動が必要です。コンピューターを再起動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending.</source>
        <translation>再起動の必要はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secguard cannot tell on this system whether a restart is pending.</source>
        <translation>このシステムでは、再起動が必要かどうか secguard にはわかりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{product} is on and its virus definitions are up to date.</source>
        <translation>{product} は有効で、ウイルス定義も最新です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{product} is on, but its virus definitions are out of date. Update them.</source>
        <translation>{product} は有効ですが、ウイルス定義が古くなっています。更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{product} is on, but its virus definitions are {days} days old. Update them.</source>
        <translation>{product} は有効ですが、ウイルス定義が {days} 日前のものです。更新してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{product} is installed, but its real-time protection is off. Turn it on (for Microsoft Defender: Windows Security &gt; Virus &amp; threat protection).</source>
        <translation>{product} はインストールされていますが、リアルタイム保護がオフです。オンにしてください（Microsoft Defender の場合は［Windows セキュリティ］＞［ウイルスと脅威の防止］）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The subscription of {product} has expired, so it no longer protects this PC. Renew it, or uninstall it so that Microsoft Defender takes over.</source>
        <translation>{product} の契約期限が切れているため、このパソコンはもう保護されていません。契約を更新するか、アンインストールして Microsoft Defender に保護を任せてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product} is installed but not active; another antivirus protects this PC.</source>
        <translation>{product} はインストールされていますが動作していません。別のウイルス対策ソフトがこのパソコンを保護しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No antivirus is active. Turn on Microsoft Defender in Windows Security &gt; Virus &amp; threat protection.</source>
        <translation>動作中のウイルス対策ソフトがありません。［Windows セキュリティ］＞［ウイルスと脅威の防止］で Microsoft Defender をオンにしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender is in passive mode because another antivirus protects this PC.</source>
        <translation>別のウイルス対策ソフトがこのパソコンを保護しているため、Microsoft Defender はパッシブモードになっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender is in passive mode, but no other antivirus reports to Windows Security. Check which antivirus protects this PC.</source>
        <translation>Microsoft Defender はパッシブモードですが、Windows セキュリティに報告している別のウイルス対策ソフトがありません。このパソコンをどのウイルス対策ソフトが保護しているか確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gatekeeper is on: apps are checked before they open for the first time.</source>
        <translation>Gatekeeper は有効です。アプリは初めて開く前に確認されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gatekeeper is off, so any app can open unchecked. Ask whoever set up this Mac to turn it back on.</source>
        <translation>Gatekeeper が無効なため、どのアプリも確認されずに開いてしまいます。この Mac を設定した人に、有効に戻すよう依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System Integrity Protection is on.</source>
        <translation>システム整合性保護（SIP）は有効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Integrity Protection is off, so malware can change the system. Ask whoever set up this Mac to turn it back on.</source>
        <translation>システム整合性保護（SIP）が無効なため、マルウェアがシステムを書き換えられる状態です。この Mac を設定した人に、有効に戻すよう依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>XProtect, the Mac&apos;s built-in malware protection, is version {version} (updated {date}).</source>
        <translation>Mac に組み込まれたマルウェア対策 XProtect はバージョン {version} です（{date} に更新）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>XProtect&apos;s malware definitions were last updated on {date}, {days} days ago. Install the waiting updates in System Settings &gt; General &gt; Software Update.</source>
        <translation>XProtect のマルウェア定義が最後に更新されたのは {date}（{days} 日前）です。［システム設定］＞［一般］＞［ソフトウェア・アップデート］で未適用の更新をインストールしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>XProtect, the Mac&apos;s built-in malware protection, could not be found.</source>
        <translation>Mac に組み込まれたマルウェア対策 XProtect が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No antivirus is installed. On Linux, installing updates (step 6) and software only from your distribution&apos;s own repositories protect you more than an antivirus would.</source>
        <translation>ウイルス対策ソフトはインストールされていません。Linux では、更新をインストールすること（ステップ 6）と、ディストリビューション公式のリポジトリからだけソフトウェアを入れることが、ウイルス対策ソフトよりも効果的な対策です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClamAV is installed; its virus definitions are from {date}.</source>
        <translation>ClamAV がインストールされています。ウイルス定義は {date} のものです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ClamAV is installed, but its virus definitions are from {date}, {days} days ago. Update them (freshclam).</source>
        <translation>ClamAV はインストールされていますが、ウイルス定義が {date}（{days} 日前）のものです。更新してください（freshclam）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ClamAV is installed, but without virus definitions. Update them (freshclam).</source>
        <translation>ClamAV はインストールされていますが、ウイルス定義がありません。更新してください（freshclam）。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n_mfa.py" line="-186"/>
        <source>Answer for each of your accounts whether multi-factor authentication is on (step 3).</source>
        <translation>口座ごとに、多要素認証が有効になっているかを答えてください（ステップ3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-factor authentication is off for {count} of your accounts: turn it on now (step 3).</source>
        <translation>{count} 件の口座で多要素認証が無効です。今すぐ有効にしてください（ステップ3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log-in protection of an account could be stronger, or its log-in notifications are not confirmed: see step 3.</source>
        <translation>ログイン保護をもっと強くできる口座か、ログイン通知が確認できていない口座があります。ステップ3をご覧ください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts: {count}. Each uses a passkey or an authenticator app, and log-in notifications arrive.</source>
        <translation>口座: {count} 件。どの口座もパスキーか認証アプリを使い、ログイン通知も届いています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not answered yet.</source>
        <translation>まだ回答していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-factor authentication is off: turn it on in the broker&apos;s settings.</source>
        <translation>多要素認証が無効です。証券会社の設定画面で有効にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not known whether multi-factor authentication is on: look in the broker&apos;s settings.</source>
        <translation>多要素認証が有効かどうか分かりません。証券会社の設定画面で確かめてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which log-in protection is used is not known.</source>
        <translation>どのログイン保護を使っているか分かりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only codes sent by SMS, e-mail or phone protect this account; a fake site can relay them.</source>
        <translation>この口座は SMS・メール・電話で届くコードだけで守られています。偽サイトはこのコードを横取りして使えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device authentication protects this account; a passkey or an authenticator app is stronger.</source>
        <translation>この口座は端末認証で守られています。パスキーか認証アプリのほうがより安全です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This broker offers a passkey, which a fake site cannot steal: switch to it.</source>
        <translation>この証券会社はパスキーに対応しています。パスキーは偽サイトに盗まれません。パスキーに切り替えてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log-in notifications do not arrive: switch them on.</source>
        <translation>ログイン通知が届いていません。通知を有効にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not confirmed that log-in notifications arrive.</source>
        <translation>ログイン通知が届くかどうか確認できていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passkey</source>
        <translation>パスキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator app (one-time codes)</source>
        <translation>認証アプリ（ワンタイムコード）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device authentication</source>
        <translation>端末認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code by SMS</source>
        <translation>SMS で届くコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code by e-mail</source>
        <translation>メールで届くコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check by phone call</source>
        <translation>電話による確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A passkey cannot be phished: it works only on the broker&apos;s real site, so a fake page gets nothing.</source>
        <translation>パスキーはフィッシングで盗まれません。証券会社の本物のサイトでしか働かないので、偽のページには何も渡りません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An authenticator app makes the codes on your phone, without e-mail or SMS; but a code typed into a fake page can still be relayed within seconds.</source>
        <translation>認証アプリはメールや SMS を使わずにスマートフォンでコードを作ります。ただし、偽のページに入力したコードは数秒で悪用されるおそれがあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device authentication ties log-in to your own phone or PC, but a fake page can still ask you to approve a log-in.</source>
        <translation>端末認証はログインをご自分のスマートフォンやパソコンに結びつけますが、偽のページがログインの承認を求めてくることはあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A code by SMS or e-mail is better than nothing, but a code typed into a fake page is relayed to the real site within seconds.</source>
        <translation>SMS やメールのコードも無いよりは安全ですが、偽のページに入力したコードは数秒で本物のサイトに使われてしまいます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A call from your registered phone shows that it is you, but a fake page can still ask you to make the call.</source>
        <translation>登録した電話からの発信でご本人と確認できますが、偽のページが電話をかけるよう求めてくることはあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secguard does not know which log-in protections {broker} offers; check its security page from your bookmark.</source>
        <translation>{broker} がどのログイン保護に対応しているか、secguard には分かりません。ブックマークから {broker} のセキュリティのページを開いて確かめてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secguard does not know whether {broker} sends an e-mail at each log-in.</source>
        <translation>{broker} がログインのたびにメールを送るかどうか、secguard には分かりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>According to its own pages, {broker} sends no e-mail at log-in.</source>
        <translation>{broker} 自身のページによると、ログイン時のメールはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{broker} can send an e-mail at each log-in: check that it is switched on.</source>
        <translation>{broker} はログインのたびにメールを送れます。設定が有効になっているか確かめてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{broker} sends an e-mail at each log-in; it is on from the start.</source>
        <translation>{broker} はログインのたびにメールを送ります。最初から有効になっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{broker} can send an e-mail at each log-in, but you must switch it on.</source>
        <translation>{broker} はログインのたびにメールを送れますが、ご自分で有効にする必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{broker} has required multi-factor authentication at log-in since {date}.</source>
        <translation>{broker} では {date} からログイン時の多要素認証が必須です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This set-up key cannot be used.</source>
        <translation>この設定キーは使えません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The input is not text (it is not valid UTF-8).</source>
        <translation>入力が文字ではありません（正しい UTF-8 ではありません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the set-up key or the otpauth:// address that the service shows.</source>
        <translation>サービスに表示された設定キーか otpauth:// アドレスを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text is far too long to be a set-up key. Copy only the key or the otpauth:// address.</source>
        <translation>設定キーにしては長すぎます。キーか otpauth:// アドレスだけをコピーしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a {scheme}: address, not an authenticator set-up key (those start with otpauth://totp/).</source>
        <translation>これは {scheme}: のアドレスで、認証アプリの設定キーではありません（設定キーは otpauth://totp/ で始まります）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is an export from Google Authenticator (otpauth-migration://), which can hold several accounts. Use the set-up code that the service itself shows instead.</source>
        <translation>これは Google 認証システムの書き出し（otpauth-migration://）で、複数のアカウントが入っていることがあります。代わりに、サービス自身が表示する設定コードを使ってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a counter-based key (HOTP), not a time-based one. secguard checks only time-based codes: a counter-based code moves on each time one is made, so checking it here would put your authenticator out of step with the service.</source>
        <translation>これは時刻ではなく回数で変わるキー（HOTP）です。secguard は時刻で変わるコードだけを確認します。回数で変わるコードはコードを作るたびに進むため、ここで確認すると認証アプリとサービスの間でずれが生じてしまいます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown kind of key “{type}”: only time-based keys (otpauth://totp/) can be used.</source>
        <translation>「{type}」は分からない種類のキーです。使えるのは時刻で変わるキー（otpauth://totp/）だけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key itself is missing (the secret= part is empty or absent).</source>
        <translation>キーそのものがありません（secret= の部分が空か、ありません）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character {position} of the key is not allowed. A key has only the letters A to Z and the digits 2 to 7; 0, 1, 8 and 9 never appear (it may be the letter O, I or B).</source>
        <translation>キーの {position} 文字目は使えない文字です。キーに使われるのは A から Z の英字と 2 から 7 の数字だけで、0・1・8・9 は出てきません（英字の O・I・B かもしれません）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key has “=” signs in the middle; they may only come at the end.</source>
        <translation>キーの途中に「=」があります。「=」は最後にしか付きません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key has a character too many or too few. Check that you copied all of it.</source>
        <translation>キーの文字が 1 文字多いか少ないようです。すべてコピーできているか確かめてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key has only {bits} bits, too short to be safe (at least 80 bits, 16 characters, are needed). Ask the service for a new one.</source>
        <translation>このキーは {bits} ビットしかなく、短すぎて安全ではありません（80 ビット、16 文字以上が必要です）。サービスに新しいキーを発行してもらってください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is far longer than any authenticator key; something else was probably copied with it.</source>
        <translation>認証アプリのキーとしては長すぎます。ほかの文字も一緒にコピーされたようです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown algorithm “{algorithm}”: authenticator keys use SHA1, SHA256 or SHA512.</source>
        <translation>「{algorithm}」は分からないアルゴリズムです。認証アプリのキーは SHA1・SHA256・SHA512 のいずれかを使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Codes of “{digits}” digits are not possible: authenticator codes have 6 or 8 digits.</source>
        <translation>「{digits}」桁のコードはありえません。認証アプリのコードは 6 桁か 8 桁です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A code lifetime of “{period}” seconds makes no sense: it must be a whole number from {min} to {max}.</source>
        <translation>コードの有効時間「{period}」秒は正しくありません。{min} から {max} までの整数でなければなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address names two different services: “{label}” in its name and “{issuer}” in its settings. Do not use it; set up again from the service&apos;s own page.</source>
        <translation>このアドレスには 2 つの違うサービス名があります（名前の部分に「{label}」、設定の部分に「{issuer}」）。使わずに、サービス自身のページから設定し直してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address contains broken %-encoding, so it cannot be read reliably.</source>
        <translation>アドレスの %記号による表記が壊れているため、正しく読み取れません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The setting “{name}” appears twice in the address.</source>
        <translation>アドレスに「{name}」の設定が 2 回出てきます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This picture cannot be read.</source>
        <translation>この画像は読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No QR code was found in this picture. Try a sharper, larger picture of the code.</source>
        <translation>この画像に QR コードが見つかりません。コードをもっと大きく、はっきり写した画像でお試しください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This key asks for the {algorithm} algorithm. Many phone apps (Google Authenticator among them) ignore this and would show wrong codes: check a code here first.</source>
        <translation>このキーは {algorithm} アルゴリズムを指定しています。多くのスマートフォンアプリ（Google 認証システムなど）はこの指定を無視し、違うコードを表示します。まずここでコードを確かめてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This key asks for {digits}-digit codes. Many phone apps ignore this and show 6 digits: check a code here first.</source>
        <translation>このキーは {digits} 桁のコードを指定しています。多くのスマートフォンアプリはこの指定を無視して 6 桁を表示します。まずここでコードを確かめてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This key asks for a new code every {period} seconds. Many phone apps ignore this and change the code every 30 seconds: check a code here first.</source>
        <translation>このキーは {period} 秒ごとに新しいコードにするよう指定しています。多くのスマートフォンアプリはこの指定を無視して 30 秒ごとにコードを変えます。まずここでコードを確かめてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This key has {bits} bits, fewer than the 128 recommended today. Authenticator apps accept it, and so does secguard.</source>
        <translation>このキーは {bits} ビットで、現在推奨される 128 ビットより短いです。認証アプリでも secguard でも使えます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A key on its own carries no settings: secguard assumes the usual ones (SHA1, 6 digits, a new code every 30 seconds), as phone apps do.</source>
        <translation>キーだけの場合は設定が含まれないため、スマートフォンアプリと同じく、ふつうの設定（SHA1、6 桁、30 秒ごとに新しいコード）とみなします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a practice key: it belongs to no account and protects nothing. Add it to your app to try the steps, and delete it from the app afterwards.</source>
        <translation>これは練習用のキーです。どの口座のものでもなく、何も守っていません。アプリに追加して手順を試し、終わったらアプリから削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This picture is a secret: anyone who sees or photographs it can make your codes. Show it only to scan it with your own phone, and never send it to anyone.</source>
        <translation>この画像は秘密の情報です。見たり撮影したりした人は、あなたのコードを作れてしまいます。ご自分のスマートフォンで読み取るときだけ表示し、決してだれにも送らないでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This code cannot be checked.</source>
        <translation>このコードは確認できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the {digits}-digit code that your authenticator app shows.</source>
        <translation>認証アプリに表示されている {digits} 桁のコードを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A code has only digits: type the {digits} digits that your app shows.</source>
        <translation>コードは数字だけです。アプリに表示されている {digits} 桁の数字を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code you typed has {typed} digits; your app shows {digits}.</source>
        <translation>入力したコードは {typed} 桁です。アプリに表示されるのは {digits} 桁です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code matches: your authenticator app is set up correctly.</source>
        <translation>コードが一致しました。認証アプリは正しく設定されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code belongs to a time about {seconds} seconds away: the clock of your phone or of this PC is off by about that much. Let both set their time automatically, then try again.</source>
        <translation>このコードは約 {seconds} 秒ずれた時刻のものです。スマートフォンかこのパソコンの時計がそれくらいずれています。どちらも時刻を自動で合わせる設定にしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code does not match. The likely causes, most likely first:</source>
        <translation>コードが一致しません。考えられる原因（可能性の高い順）:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code is from another account in your app: check the name above the code.</source>
        <translation>アプリの別のアカウントのコードかもしれません。コードの上の名前を確かめてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A digit was mistyped, or the code changed while you typed it: type the current code again.</source>
        <translation>数字を打ち間違えたか、入力中にコードが変わったのかもしれません。今のコードをもう一度入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key was copied or typed with a mistake: remove the account from the app and add it again.</source>
        <translation>キーのコピーや入力に誤りがあったのかもしれません。アプリからアカウントを削除して、もう一度追加してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service uses settings that your app ignores (another number of digits or code lifetime).</source>
        <translation>サービスが、アプリの対応していない設定（桁数やコードの有効時間の違い）を使っているのかもしれません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock of your phone or of this PC is off by more than ten minutes.</source>
        <translation>スマートフォンかこのパソコンの時計が 10 分以上ずれているのかもしれません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows: Settings &gt; Time &amp; language &gt; Date &amp; time: turn on “Set time automatically”, then press “Sync now”.</source>
        <translation>Windows: 「設定」&gt;「時刻と言語」&gt;「日付と時刻」で「時刻を自動的に設定する」をオンにし、「今すぐ同期」を押します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mac: System Settings &gt; General &gt; Date &amp; Time: turn on “Set time and date automatically”.</source>
        <translation>Mac: 「システム設定」&gt;「一般」&gt;「日付と時刻」で「日付と時刻を自動的に設定」をオンにします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>iPhone: Settings &gt; General &gt; Date &amp; Time: turn on “Set Automatically”.</source>
        <translation>iPhone: 「設定」&gt;「一般」&gt;「日付と時刻」で「自動設定」をオンにします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Android: Settings &gt; System &gt; Date &amp; time: turn on “Set time automatically” (the names differ a little from maker to maker).</source>
        <translation>Android: 「設定」&gt;「システム」&gt;「日付と時刻」で「時刻を自動的に設定」をオンにします（名前はメーカーによって少し異なります）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PC&apos;s clock is right (compared with {host}).</source>
        <translation>このパソコンの時計は正確です（{host} と比べました）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PC&apos;s clock is about {seconds} seconds behind {host}. Codes may not match: let the clock set itself automatically.</source>
        <translation>このパソコンの時計は {host} より約 {seconds} 秒遅れています。コードが一致しないことがあります。時刻を自動で合わせる設定にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This PC&apos;s clock is about {seconds} seconds ahead of {host}. Codes may not match: let the clock set itself automatically.</source>
        <translation>このパソコンの時計は {host} より約 {seconds} 秒進んでいます。コードが一致しないことがあります。時刻を自動で合わせる設定にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock could not be checked: {host} did not answer (this PC may be offline). This is not a result: the clock may be right or wrong.</source>
        <translation>時計を確認できませんでした。{host} から応答がありません（このパソコンがインターネットにつながっていないのかもしれません）。これは結果ではありません。時計は正しいかもしれませんし、ずれているかもしれません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock could not be checked: the answer from {host} gave no usable time. This is not a result: the clock may be right or wrong.</source>
        <translation>時計を確認できませんでした。{host} の応答に使える時刻がありませんでした。これは結果ではありません。時計は正しいかもしれませんし、ずれているかもしれません。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n_evidence.py" line="+14"/>
        <source>Checking this computer…</source>
        <translation>このコンピューターを確認しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check of this computer could not finish, so secguard cannot tell. Try again; if it keeps failing, support can help.</source>
        <translation>このコンピューターの確認を最後まで行えなかったため、secguard には状態がわかりません。もう一度お試しください。何度も失敗する場合は、サポート窓口にご相談ください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read from this computer: {name}.</source>
        <translation>このコンピューターから読み取った内容：{name}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from this computer: {name} {version} (build {build}).</source>
        <translation>このコンピューターから読み取った内容：{name} {version}（ビルド {build}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supported until {end}.</source>
        <translation>{end} までサポートされます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supported until {end}; extended support until {extended_end}.</source>
        <translation>{end} までサポートされ、延長サポートは {extended_end} までです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regular support ended on {end}; extended support runs until {extended_end}.</source>
        <translation>通常のサポートは {end} に終了しました。延長サポートは {extended_end} まで続きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support ended on {end}.</source>
        <translation>サポートは {end} に終了しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No end of support has been announced.</source>
        <translation>サポート終了日はまだ発表されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where these dates come from: {source}, checked on {checked} ({days} days before this check).</source>
        <translation>これらの日付の出典：{source}（{checked} に確認、今回の確認の {days} 日前）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secguard&apos;s data was checked on {checked} ({days} days before this check).</source>
        <translation>secguard のデータは {checked} に確認したものです（今回の確認の {days} 日前）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read with {source}, which only looks: nothing was installed.</source>
        <translation>{source} で読み取りました。読み取るだけなので、何もインストールしていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Among them: {names}.</source>
        <translation>主なもの：{names}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among them: {names} and {more} more.</source>
        <translation>主なもの：{names}、ほか {more} 件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one of them restarts the computer when it is installed.</source>
        <translation>このうち少なくとも 1 つは、インストールするとコンピューターが再起動します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last update was installed on {date}.</source>
        <translation>最後に更新をインストールしたのは {date} です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of updates was last refreshed on {date}.</source>
        <translation>更新の一覧を最後に取得したのは {date} です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking for the restart: {names}.</source>
        <translation>再起動を求めているもの：{names}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking for the restart: {names} and {more} more.</source>
        <translation>再起動を求めているもの：{names}、ほか {more} 件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reported by Windows Security: {product}.</source>
        <translation>Windows セキュリティからの報告：{product}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Security reports its virus definitions as up to date.</source>
        <translation>Windows セキュリティによると、ウイルス定義は最新です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Security reports its virus definitions as out of date.</source>
        <translation>Windows セキュリティによると、ウイルス定義が古くなっています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Real-time protection of {product}: on.</source>
        <translation>{product} のリアルタイム保護：オン。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time protection of {product}: off.</source>
        <translation>{product} のリアルタイム保護：オフ。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Age of the virus definitions: {days} days.</source>
        <translation>ウイルス定義の古さ：{days} 日。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode reported by Windows: {mode}.</source>
        <translation>Windows が報告した動作モード：{mode}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ClamAV version {engine}.</source>
        <translation>ClamAV のバージョン：{engine}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definitions dated {date}: {days} days old when checked.</source>
        <translation>定義の日付は {date} で、確認した時点で {days} 日前のものです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{command} ended with exit code {code}.</source>
        <translation>{command} は終了コード {code} で終わりました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secguard found no software updater on this computer that it can open. To install the updates yourself: open a terminal, type sudo apt update and press Enter, then type sudo apt upgrade and press Enter. Each asks for your password. Then check again here.</source>
        <translation>このコンピューターには、secguard から開けるソフトウェア更新ツールが見つかりませんでした。ご自分で更新をインストールするには、端末（ターミナル）を開き、sudo apt update と入力して Enter キーを押し、続けて sudo apt upgrade と入力して Enter キーを押してください。どちらもパスワードを求められます。終わったら、ここでもう一度確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>secguard found no software updater on this computer that it can open. To install the updates yourself: open a terminal, type sudo dnf upgrade and press Enter; it asks for your password. Then check again here.</source>
        <translation>このコンピューターには、secguard から開けるソフトウェア更新ツールが見つかりませんでした。ご自分で更新をインストールするには、端末（ターミナル）を開き、sudo dnf upgrade と入力して Enter キーを押してください。パスワードを求められます。終わったら、ここでもう一度確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>secguard found no software updater on this computer that it can open. To install the updates yourself: open a terminal, type sudo zypper update and press Enter; it asks for your password. Then check again here.</source>
        <translation>このコンピューターには、secguard から開けるソフトウェア更新ツールが見つかりませんでした。ご自分で更新をインストールするには、端末（ターミナル）を開き、sudo zypper update と入力して Enter キーを押してください。パスワードを求められます。終わったら、ここでもう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n_review.py" line="+16"/>
        <source>No review yet: look over your account in step 5.</source>
        <translation>まだ口座を確認していません。ステップ5で口座を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts due for a review: {count}. Look them over in step 5.</source>
        <translation>確認の時期が来ている口座: {count} 件。ステップ5で確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts reviewed on time: {count}. Nothing looked wrong.</source>
        <translation>予定どおり確認した口座: {count} 件。おかしな点はありませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something looked wrong and the steps for that are not finished: finish them now.</source>
        <translation>おかしな点が見つかりましたが、そのための手順がまだ終わっていません。今すぐ最後まで進めてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every week</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After every log-in</source>
        <translation>ログインするたびに</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log-in history shows only my devices and my times</source>
        <translation>ログイン履歴に、自分の機器と自分が使った時間しかない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the log-in history (ログイン履歴) on your broker&apos;s site. A log-in at a time you were not using it, or from a device or place you do not know, means someone else may have your password.</source>
        <translation>証券会社のサイトでログイン履歴を開いてください。使っていない時間のログインや、知らない機器・場所からのログインがあれば、だれかがパスワードを知っているおそれがあります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My holdings and cash are as I left them</source>
        <translation>保有している株や投資信託、現金の残高が、前に見たときのまま</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at what you own and how much cash is in the account. In the 2025 takeovers, thieves sold the victims&apos; shares and bought small, unknown stocks with the money.</source>
        <translation>保有している銘柄と、口座の現金の残高を見てください。2025年の乗っ取り被害では、犯人が被害者の株を売り、そのお金で小型の知らない銘柄を買っていました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no trades, transfers or withdrawals I did not make</source>
        <translation>身に覚えのない売買、振替、出金がない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the trade history and the deposit and withdrawal history (入出金履歴), including orders that are still open.</source>
        <translation>取引履歴と入出金履歴を確認してください。まだ成立していない注文も見てください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My registered e-mail, phone, address and withdrawal bank account are unchanged</source>
        <translation>登録しているメールアドレス、電話番号、住所、出金先の銀行口座が変わっていない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thieves change the e-mail address first, so that warnings no longer reach you, and the bank account, so that withdrawals go to them.</source>
        <translation>犯人はまずメールアドレスを変えて、お知らせがあなたに届かないようにします。出金先の銀行口座を変えて、お金を自分のところへ送らせることもあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log-in notification e-mails still arrive</source>
        <translation>ログイン通知のメールが今も届いている</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you switched on log-in notifications (step 3), you should have received one for this log-in. If it did not come, check that the setting is still on.</source>
        <translation>ログイン通知を有効にしている場合（ステップ3）、今回のログインでも通知が届いているはずです。届いていなければ、設定が有効のままか確かめてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stop the damage now</source>
        <translation>今すぐ被害を止める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call your broker at once, or lock the account yourself where the broker allows it, so that nobody can log in, trade or withdraw money while you sort things out.</source>
        <translation>すぐに証券会社へ電話するか、証券会社が用意している場合はご自身で口座を利用停止にしてください。対応している間に、だれもログイン・取引・出金できないようにします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the password and the trading PIN</source>
        <translation>パスワードと取引暗証番号を変更する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open your broker from your own bookmark, never from a link in a message, and change the log-in password and the trading PIN. Then change every other account that uses the same password.</source>
        <translation>メッセージのリンクではなく、必ずご自分のブックマークから証券会社を開き、ログインパスワードと取引暗証番号を変更してください。そのあと、同じパスワードを使っているほかの口座もすべて変更してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on multi-factor authentication</source>
        <translation>多要素認証を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a second factor, a stolen password alone is not enough to log in. Choose the strongest method your broker offers.</source>
        <translation>2つ目の確認方法があれば、盗まれたパスワードだけではログインできません。証券会社が用意している中で最も強い方法を選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the evidence</source>
        <translation>証拠を残す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your broker and the police will ask what happened and when. Do not delete anything yet, even the phishing message.</source>
        <translation>証券会社や警察から、いつ何が起きたかを聞かれます。フィッシングのメッセージも含めて、まだ何も削除しないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report it and get help</source>
        <translation>相談して助けを求める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These public desks listen and tell you what to do next. Each one is for something different.</source>
        <translation>次の公的な窓口が話を聞き、次にすることを教えてくれます。窓口ごとに役割が違います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshots of the trades, withdrawals, log-in history and changed settings you did not make</source>
        <translation>身に覚えのない取引、出金、ログイン履歴、変更された設定の画面のスクリーンショット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The suspicious e-mail or SMS itself (do not open its link), and the address of any fake site you entered your details into</source>
        <translation>不審なメールやSMSそのもの（リンクは開かないでください）と、情報を入力してしまった偽サイトのアドレス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you noticed, and when you last logged in yourself</source>
        <translation>気づいた日時と、最後にご自分でログインした日時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whom you called, when, and what they told you (a reference number, say)</source>
        <translation>どこに、いつ電話し、何と言われたか（受付番号など）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be saved as {path}. Choose another folder.</source>
        <translation>レポートを {path} として保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PDF cannot be shown in a terminal: give a file name with -o.</source>
        <translation>PDFは端末には表示できません。-o でファイル名を指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to do now.</source>
        <translation>今は何もする必要はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open step 1 and promise to log in only from your own bookmarks.</source>
        <translation>ステップ1を開き、ご自分のブックマークからだけログインすると約束してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open step 2: add a bookmark for each broker and scan your browsers&apos; bookmarks.</source>
        <translation>ステップ2を開き、証券会社ごとにブックマークを登録して、ブラウザーのブックマークを調べてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open step 3 and answer the questions; switch on the strongest log-in protection your broker offers.</source>
        <translation>ステップ3を開いて質問に答え、証券会社が用意している最も強いログイン保護を有効にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open step 4, check each account&apos;s password and change any weak or reused one.</source>
        <translation>ステップ4を開き、口座ごとにパスワードを確認して、弱いものや使い回しているものを変更してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open step 5 and look over each account with its checklist.</source>
        <translation>ステップ5を開き、チェックリストに沿って口座ごとに確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open “Something looks wrong” and finish its steps; call your broker first.</source>
        <translation>「不審な取引・ログインがあった」を開いて手順を最後まで進めてください。まず証券会社に電話してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open step 6 and install the waiting updates, or move to a supported system.</source>
        <translation>ステップ6を開き、未適用の更新をインストールするか、サポートが続いているOSに移行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open step 7 and switch on anti-malware protection or bring it up to date.</source>
        <translation>ステップ7を開き、ウイルス対策を有効にするか、最新の状態にしてください。</translation>
    </message>
    <message>
        <location filename="../../secguard/i18n_mail.py" line="+16"/>
        <source>The file is larger than {megabytes} MB, more than any e-mail. Nothing was checked.</source>
        <translation>ファイルが {megabytes} MB より大きく、メールとしては大きすぎます。何も確認していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a saved e-mail (.eml). Save the e-mail from your mail program and try again.</source>
        <translation>このファイルは保存したメール（.eml）ではありません。メールソフトでメールを保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {name} cannot be read.</source>
        <translation>ファイル {name} を読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of this e-mail are damaged or written against the rules; secguard checked what it could read.</source>
        <translation>このメールには、壊れている部分や決まりどおりに書かれていない部分があります。読み取れた部分だけを確認しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sender: verified as the broker&apos;s own address</source>
        <translation>差出人：証券会社本人のアドレスと確認できました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender: fake, pretends to be a broker</source>
        <translation>差出人：偽物です（証券会社になりすましています）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender: suspicious</source>
        <translation>差出人：あやしい点があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender: not verified</source>
        <translation>差出人：本物かどうか確認できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender&apos;s address is at {domain}, the address of {broker}, and your mail provider confirmed that it really came from there ({method}: pass).</source>
        <translation>差出人のアドレスは{broker}のアドレス（{domain}）で、お使いのメール事業者が、本当にそこから送られたことを確認しています（{method}：pass）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender&apos;s address is at {domain}, the address of {broker}, but nothing confirms that it really came from there. A sender&apos;s address is easy to forge.</source>
        <translation>差出人のアドレスは{broker}のアドレス（{domain}）ですが、本当にそこから送られたかどうかを確かめる情報がありません。差出人のアドレスは簡単に偽装できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mail provider checked the sender and the check failed ({method}: {result}): this e-mail did not come from {broker} ({domain}). It only pretends to.</source>
        <translation>お使いのメール事業者が差出人を確認したところ、確認に失敗しました（{method}：{result}）。このメールは{broker}（{domain}）から送られたものではありません。なりすましです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your mail provider checked the sender and the check failed ({method}: {result}): the sender&apos;s address at {domain} is probably forged.</source>
        <translation>お使いのメール事業者が差出人を確認したところ、確認に失敗しました（{method}：{result}）。差出人のアドレス（{domain}）は偽装されているおそれがあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender&apos;s name says “{name}”, but the address {address} does not belong to {broker}.</source>
        <translation>差出人の名前は「{name}」となっていますが、アドレス {address} は{broker}のものではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender&apos;s address at {domain} imitates the address of {broker}.</source>
        <translation>差出人のアドレス（{domain}）は、{broker}のアドレスに似せてあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender&apos;s address is at {domain}, which is not a broker&apos;s address.</source>
        <translation>差出人のアドレスは {domain} で、証券会社のアドレスではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply would go to {domain}, not to the sender&apos;s {from_domain}.</source>
        <translation>返信すると、差出人の {from_domain} ではなく {domain} に届きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undeliverable mail goes back to {domain}, not to the sender&apos;s {from_domain}.</source>
        <translation>届かなかったメールの戻り先が、差出人の {from_domain} ではなく {domain} になっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The e-mail names more than one sender (also {domain}): a mail program shows only one, a way to slip past the checks.</source>
        <translation>このメールには差出人が複数あります（{domain} も）。メールソフトはそのうち一つしか表示しません。確認をすり抜ける手口です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail has no readable sender address.</source>
        <translation>このメールには、読み取れる差出人のアドレスがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the topmost Authentication-Results header is trusted: the one your own mail provider added. Anything below it could have been written by the sender.</source>
        <translation>信頼できるのは、いちばん上の Authentication-Results ヘッダー（お使いのメール事業者が付けたもの）だけです。それより下の内容は、送り主が自分で書いた可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This e-mail carries no check by your mail provider (no Authentication-Results header).</source>
        <translation>このメールには、お使いのメール事業者による確認結果がありません（Authentication-Results ヘッダーがありません）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your mail provider&apos;s checks: SPF {spf}, DKIM {dkim}, DMARC {dmarc}.</source>
        <translation>お使いのメール事業者の確認結果：SPF {spf}、DKIM {dkim}、DMARC {dmarc}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked</source>
        <translation>確認なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link&apos;s words show {shown}, but it really goes to {host}.</source>
        <translation>リンクの文字には {shown} と書かれていますが、実際の行き先は {host} です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail contains no link.</source>
        <translation>このメールにはリンクがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No QR code found in the picture.</source>
        <translation>画像の中に QR コードが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture cannot be read: it is not an image file secguard can open, or it is too large.</source>
        <translation>画像を読み込めません。secguard で開ける画像ファイルではないか、大きすぎます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QR codes found in the picture: {count}.</source>
        <translation>画像の中に見つかった QR コード：{count} 個。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A QR code holds an authenticator set-up key, not a link. It is secret: use it only in your authenticator app (step 3), and never show it to anyone.</source>
        <translation>この QR コードはリンクではなく、認証アプリの設定用のキーです。秘密の情報なので、認証アプリ（ステップ3）でだけ使い、だれにも見せないでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code holds no link, only text: “{text}”.</source>
        <translation>この QR コードにはリンクがなく、文字だけが入っています：「{text}」。</translation>
    </message>
</context>
<context>
    <name>MfaPage</name>
    <message>
        <location filename="../../secguard/ui/pages/mfa.py" line="+131"/>
        <source>A password alone is not enough: with multi-factor authentication a thief also needs something only you have. Below you see what each of your brokers offers, strongest first, then you answer for each account what you use. Last, you can set up an authenticator app and check that it works.</source>
        <translation>パスワードだけでは不十分です。多要素認証を使えば、犯人はあなただけが持っているものも必要になります。下に、お使いの証券会社で使える方法を安全な順に示します。次に、口座ごとに今使っている方法を答えてください。最後に、認証アプリを設定して、正しく動くか確かめられます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What your brokers offer</source>
        <translation>お使いの証券会社で使える方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your accounts</source>
        <translation>あなたの口座</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticator app: set it up and check it</source>
        <translation>認証アプリ: 設定して確かめる</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../secguard/ui/pages/overview.py" line="+82"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open step {number}</source>
        <translation>ステップ {number} を開く</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Your security self-check</source>
        <translation>セキュリティ・セルフチェック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After thousands of online brokerage accounts were taken over in 2025, Japan&apos;s Financial Services Agency asked investors to follow seven precautions. secguard checks what a program can check and explains the rest.</source>
        <translation>2025年に数千件のネット証券口座が乗っ取られたことを受け、金融庁は投資家に7つの対策を呼びかけました。secguard はプログラムで確認できることを確認し、それ以外は分かりやすく説明します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Need action now: {count} of 7 precautions.</source>
        <translation>7つの対策のうち {count} 件は今すぐ対応が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with the steps marked Risk below.</source>
        <translation>下の「危険」と表示された手順から始めてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet: {count} of 7 precautions.</source>
        <translation>7つの対策のうち {count} 件はまだ確認していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open each step below; each one takes a few minutes.</source>
        <translation>下の手順を一つずつ開いてください。どれも数分で終わります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All 7 precautions have been checked.</source>
        <translation>7つの対策をすべて確認しました。</translation>
    </message>
</context>
<context>
    <name>PasswordsPage</name>
    <message>
        <location filename="../../secguard/ui/pages/passwords.py" line="+268"/>
        <source>Asking Have I Been Pwned…</source>
        <translation>Have I Been Pwned に問い合わせています…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved the check for “{label}”. The password itself was not stored.</source>
        <translation>「{label}」の確認結果を保存しました。パスワードそのものは保存していません。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Not checked for breaches yet.</source>
        <translation>漏えいはまだ確認していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found in known data breaches.</source>
        <translation>既知の情報漏えいには見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reuse: not known yet.</source>
        <translation>使い回し: まだ分かりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the same as your password or PIN for: {accounts}</source>
        <translation>次の口座のパスワードまたは暗証番号と同じです: {accounts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used for your other saved accounts.</source>
        <translation>保存しているほかの口座では使われていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lo&amp;g-in password</source>
        <translation>ログインパスワード(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sa&amp;ve this check for the account</source>
        <translation>この口座の確認結果を保存(&amp;V)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Trading PIN (取引暗証番号)</source>
        <translation>取引暗証番号(&amp;T)</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Only {prefix} leaves your computer: the first 5 characters of a one-way code (SHA-1) made from your password, not of the password itself.</source>
        <translation>コンピューターの外に送られるのは {prefix} だけです。これはパスワードから作った一方向の符号（SHA-1）の先頭5文字で、パスワードそのものの文字ではありません。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Strength: {word} ({score} of 4)</source>
        <translation>強さ: {word}（4段階中 {score}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dangerous: this password is known to criminals</source>
        <translation>危険: このパスワードは犯罪者に知られています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It appears {count} times in data stolen from websites. Criminals try these first. Change it wherever you use it.</source>
        <translation>ウェブサイトから盗まれたデータに {count} 回現れています。犯罪者はこうしたパスワードから先に試します。使っているすべての場所で変更してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To save the result, choose one of your accounts above (or add one).</source>
        <translation>結果を保存するには、上で口座を選んでください（または追加してください）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To save the result, type the password first.</source>
        <translation>結果を保存するには、先にパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The breach check could not finish: {reason}. This is not a safe result.</source>
        <translation>漏えいの確認を完了できませんでした: {reason}。安全という結果ではありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First choose which account the password is for, then type it to see how hard it is to guess. secguard never stores the password.</source>
        <translation>まず、どの口座のパスワードかを選び、次に入力すると、どれくらい推測されにくいかがわかります。secguard がパスワードを保存することはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Which password?</source>
        <translation>1. どのパスワードですか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Type it</source>
        <translation>2. 入力する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. The result</source>
        <translation>3. 結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the password here</source>
        <translation>ここにパスワードを入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password to check</source>
        <translation>確認するパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the password</source>
        <translation>パスワードを表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check for &amp;breaches</source>
        <translation>漏えいを確認(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change this password: make a new one</source>
        <translation>このパスワードを変える: 新しいパスワードを作る</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving keeps a fingerprint: a one-way code of the password that shows whether you use the same password for another account, and cannot be turned back into the password.</source>
        <translation>保存すると「指紋」を残します。指紋はパスワードから作る一方向の符号で、同じパスワードを別の口座でも使っているかがわかります。指紋からパスワードに戻すことはできません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The breach check asks Have I Been Pwned, a free service that collects passwords stolen from websites (haveibeenpwned.com; data licensed CC BY 4.0).</source>
        <translation>漏えいの確認には、ウェブサイトから盗まれたパスワードを集めている無料サービス Have I Been Pwned（haveibeenpwned.com、データは CC BY 4.0 ライセンス）を使います。</translation>
    </message>
</context>
<context>
    <name>PlaybookFacts</name>
    <message>
        <location filename="../../secguard/ui/pages/playbook_facts.py" line="+32"/>
        <source>the organisation&apos;s own page</source>
        <translation>その組織自身のページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several public sources</source>
        <translation>複数の公開情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a third-party article (check it on the official site)</source>
        <translation>第三者の記事（公式サイトでも確かめてください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hours from: {kind}, checked {date}</source>
        <translation>受付時間の出典: {kind}（{date} に確認）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: {kind}, checked {date}</source>
        <translation>出典: {kind}（{date} に確認）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Lock the account yourself: automated phone line</source>
        <translation>ご自身で口座を利用停止にする: 自動音声の電話</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the account yourself: by phone</source>
        <translation>ご自身で口座を利用停止にする: 電話で</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock the account yourself: online</source>
        <translation>ご自身で口座を利用停止にする: オンラインで</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+19"/>
        <source>Hours: {hours}</source>
        <translation>受付時間: {hours}</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Have ready: {needs}</source>
        <translation>用意するもの: {needs}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line for unauthorised access</source>
        <translation>不正利用の専用窓口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer support</source>
        <translation>お客様窓口</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Or {number} {when}</source>
        <translation>{when}は {number}</translation>
    </message>
</context>
<context>
    <name>PlaybookPage</name>
    <message>
        <location filename="../../secguard/ui/pages/playbook.py" line="+186"/>
        <source>Open {broker} from your bookmark</source>
        <translation>ブックマークから{broker}を開く</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>secguard has no confirmed phone number for {broker}. Find the number on the broker&apos;s own site:</source>
        <translation>secguard には、{broker}の電話番号で確認の取れたものがありません。証券会社の公式サイトで番号を確かめてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{account} (its password)</source>
        <translation>{account}（ログインパスワード）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{account} (its trading PIN)</source>
        <translation>{account}（取引暗証番号）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These accounts use the same password or PIN: change them too:</source>
        <translation>次の口座が同じパスワードまたは暗証番号を使っています。こちらも変更してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As far as step 4 knows, no other account uses this password.</source>
        <translation>ステップ4で確認した範囲では、同じパスワードを使っているほかの口座はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secguard cannot tell which accounts share this password: check them in step 4 once you have changed it.</source>
        <translation>このパスワードをどの口座で使い回しているかは、secguard には分かりません。変更したあと、ステップ4で確認してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> (the strongest {broker} offers)</source>
        <translation>（{broker}で最も強い方法）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the log-in protection settings of {broker}</source>
        <translation>{broker}のログイン保護の設定を開く</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Done: {date}</source>
        <translation>完了: {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All five steps are done.</source>
        <translation>5つの手順がすべて終わりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished {date}. Keep an eye on your account for the next weeks.</source>
        <translation>完了日時: {date}。これから数週間は、口座をこまめに確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps done: {done} of 5</source>
        <translation>終わった手順: 5つのうち {done} つ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with step 1 now: every minute counts.</source>
        <translation>今すぐ手順1から始めてください。一分でも早いほうが被害を防げます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something looks wrong: what to do now</source>
        <translation>不審な取引・ログインがあった: 今すぐすること</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trade, a withdrawal or a log-in you did not make, or a changed e-mail address? Take these steps in order, now. Tick each one off when it is done: secguard keeps the time, which your broker and the police will ask for.</source>
        <translation>身に覚えのない取引・出金・ログインや、メールアドレスの変更がありましたか。次の手順を、今すぐ順番に進めてください。終わった手順にはチェックを付けてください。secguard がその日時を記録します。証券会社や警察に聞かれたときに役立ちます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which broker:</source>
        <translation>証券会社:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broker where something looks wrong</source>
        <translation>おかしな点があった証券会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again for a new problem</source>
        <translation>新しい問題のために最初からやり直す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done</source>
        <translation>終わった</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {number} done</source>
        <translation>手順{number}が終わった</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+30"/>
        <source>Don&apos;t open links in e-mail or SMS</source>
        <translation>メールやSMSのリンクを開かない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your broker from a bookmark</source>
        <translation>証券会社のサイトはブックマークから開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on multi-factor authentication and log-in notifications</source>
        <translation>多要素認証とログイン通知を設定する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reused or simple passwords</source>
        <translation>パスワードの使い回しや単純なパスワードを避ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your account often; call your broker if anything is wrong</source>
        <translation>口座をこまめに確認し、おかしいと思ったら証券会社に連絡する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep your OS and software updated</source>
        <translation>OSやソフトウェアを最新の状態に保つ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use anti-malware software</source>
        <translation>ウイルス対策ソフトを使う</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Links in messages</source>
        <translation>メールのリンク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step log-in</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account review</source>
        <translation>口座の確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-malware</source>
        <translation>ウイルス対策</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../secguard/reporting/words.py" line="+56"/>
        <source>not known (the check of the OS did not run)</source>
        <translation>不明（OSの確認が実行されませんでした）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a site that is not in the broker directory</source>
        <translation>証券会社一覧にないサイト</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check ID</source>
        <translation>確認ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secguard version</source>
        <translation>secguard のバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>OS（基本ソフト）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to include the addresses of your bookmarks.</source>
        <translation>ご希望により、ブックマークのアドレスも載せています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the brokers&apos; names are shown, not the addresses of your bookmarks.</source>
        <translation>証券会社名だけを載せています。ブックマークのアドレスは載せていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secguard self-check report</source>
        <translation>secguard セルフチェックのレポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the check ID out to the support person: it tells your report from anyone else&apos;s. The step numbers are the same as in secguard&apos;s window.</source>
        <translation>確認IDをサポート担当者に読み上げてください。ほかの方のレポートと区別するための番号です。ステップの番号は secguard の画面と同じです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precaution</source>
        <translation>対策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brokers you keep bookmarks for</source>
        <translation>ブックマークを登録している証券会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This report never contains a password, a trading PIN, a log-in ID, an authenticator set-up key or code, or a fingerprint of a password.</source>
        <translation>このレポートには、パスワード、取引暗証番号、ログインID、認証アプリの設定キーやコード、パスワードの指紋（ハッシュ）は一切含まれません。</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../secguard/ui/pages/report.py" line="+94"/>
        <location line="+118"/>
        <source>Save the report</source>
        <translation>レポートを保存する</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Checking this computer for the report…</source>
        <translation>レポートのために、このパソコンを確認しています…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved as {name}</source>
        <translation>{name} として保存しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check ID: {check_id}. Read it out to the support person when you send the report. The file is in {folder}.</source>
        <translation>確認ID: {check_id}。レポートを送るときに、この番号をサポート担当者に読み上げてください。ファイルの場所: {folder}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report for support staff</source>
        <translation>サポート担当者に見せるレポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If your broker&apos;s or secguard&apos;s support asks for it, save this report and send it to them. It lists each of the seven steps with its state, the reason and what to do next, the date, secguard&apos;s version, your operating system, and a check ID to read out on the phone.</source>
        <translation>証券会社や secguard のサポートから頼まれたら、このレポートを保存して送ってください。7つのステップそれぞれの状態・理由・次にすること、作成日時、secguard のバージョン、お使いのOS、電話で読み上げる確認IDが載ります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It never contains a password, a trading PIN, a log-in ID, an authenticator set-up key or code, or a fingerprint of a password. Your bookmarks appear as broker names only, unless you tick the box below.</source>
        <translation>パスワード、取引暗証番号、ログインID、認証アプリの設定キーやコード、パスワードの指紋（ハッシュ）は一切含まれません。ブックマークは、下の欄にチェックを付けない限り、証券会社名だけが載ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PDF (to print or e-mail)</source>
        <translation>PDF（印刷やメール向け）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML (opens in a browser)</source>
        <translation>HTML（ブラウザーで開けます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (for support tools)</source>
        <translation>JSON（サポート用のツール向け）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same report as `secguard report` writes.</source>
        <translation>`secguard report` が書き出すものと同じレポートです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include my bookmarked addresses</source>
        <translation>ブックマークのアドレスも載せる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the report</source>
        <translation>レポートを作成中</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../secguard/ui/pages/review.py" line="+162"/>
        <source>No account yet: add a bookmark for your broker in step 2, or an account in step 4, and it appears here.</source>
        <translation>まだ口座がありません。ステップ2で証券会社のブックマークを登録するか、ステップ4で口座を追加すると、ここに表示されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(The keyring cannot be read now: only accounts already reviewed.)</source>
        <translation>（今はキーリングを読めないため、確認したことのある口座だけを表示しています。）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>[{state}] {account}: not reviewed yet</source>
        <translation>［{state}］{account}: まだ確認していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[{state}] {account}: next review by {date}</source>
        <translation>［{state}］{account}: 次の確認は {date} までに</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open {broker} from your bookmark</source>
        <translation>ブックマークから{broker}を開く</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not reviewed yet: a review is due now.</source>
        <translation>まだ確認していません。今すぐ確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>all fine</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>something was wrong</source>
        <translation>おかしな点あり</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Last review: {last}, {outcome}. Next: after your next log-in, by {date} at the latest.</source>
        <translation>前回の確認: {last}（{outcome}）。次は、次にログインしたとき（遅くとも {date} まで）に確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last review: {last}, {outcome}. Next review by {date}.</source>
        <translation>前回の確認: {last}（{outcome}）。次の確認は {date} までに。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No review yet.</source>
        <translation>まだ確認の記録はありません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Review saved: {date}.</source>
        <translation>確認を記録しました: {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thieves who take over an account act within hours. Look over each of your broker accounts regularly: it takes a few minutes, and secguard keeps a log of each review. If anything looks wrong, call your broker at once.</source>
        <translation>口座を乗っ取った犯人は、数時間のうちに動きます。証券会社の口座を定期的に確認しましょう。数分で終わり、secguard が確認のたびに記録を残します。おかしな点があれば、すぐに証券会社へ電話してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something looks &amp;wrong</source>
        <translation>不審な取引・ログインがあった(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your accounts</source>
        <translation>あなたの口座</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review an account</source>
        <translation>口座を確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>口座:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often:</source>
        <translation>確認の頻度:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account to review</source>
        <translation>確認する口座</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often to review this account</source>
        <translation>この口座を確認する頻度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the broker from your bookmark</source>
        <translation>ブックマークから証券会社を開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in from your bookmark, then tick each item once you have looked at it:</source>
        <translation>ブックマークからログインし、確認した項目に一つずつチェックを付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;All fine</source>
        <translation>問題なし(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fine: save this review</source>
        <translation>問題なし: この確認を記録する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something is wrong</source>
        <translation>おかしな点がある</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something is wrong: save this review and open the steps for it</source>
        <translation>おかしな点がある: この確認を記録し、対処の手順を開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me with a notification while secguard runs, at most once a day, when a review is due</source>
        <translation>確認の時期が来たら、secguard の起動中に通知で知らせる（1日に1回まで）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This desktop shows no notifications from programs; the overview still says at start-up when a review is due.</source>
        <translation>このデスクトップではプログラムからの通知を表示できません。確認の時期が来ていれば、起動したときに概要の画面でお知らせします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent reviews</source>
        <translation>最近の確認</translation>
    </message>
</context>
<context>
    <name>ReviewReminder</name>
    <message>
        <location filename="../../secguard/ui/review_keeper.py" line="+193"/>
        <source>secguard: time to check your account</source>
        <translation>secguard: 口座を確認する時期です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open step 5</source>
        <translation>ステップ5を開く</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something looked wrong in your account and the steps for it are not finished.</source>
        <translation>口座におかしな点がありましたが、対処の手順がまだ終わっていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is time to look over your broker account (step 5): it takes a few minutes.</source>
        <translation>証券会社の口座を確認する時期です（ステップ5）。数分で終わります。</translation>
    </message>
</context>
<context>
    <name>SenderCard</name>
    <message>
        <location filename="../../secguard/ui/pages/links_files.py" line="+36"/>
        <source>Verified sender</source>
        <translation>確認済みの差出人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fake sender</source>
        <translation>偽の差出人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious sender</source>
        <translation>あやしい差出人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender not verified</source>
        <translation>差出人を確認できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This e-mail really comes from {broker}. Still, log in only from your bookmark.</source>
        <translation>このメールは本当に{broker}から届いたものです。それでも、ログインはご自分のブックマークからだけにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This e-mail pretends to come from {broker}. Do not open its links.</source>
        <translation>このメールは{broker}になりすましています。メールのリンクは開かないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something about the sender is wrong. Do not trust this e-mail.</source>
        <translation>差出人におかしな点があります。このメールを信用しないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing shows who really sent this e-mail. Do not log in from its links.</source>
        <translation>このメールを本当はだれが送ったのか、確かめる手がかりがありません。メールのリンクからログインしないでください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a broker</source>
        <translation>証券会社</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From: {address}</source>
        <translation>差出人：{address}</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+4"/>
        <source>OK</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>危険</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>SystemStepPage</name>
    <message>
        <location filename="../../secguard/ui/pages/system_step.py" line="+36"/>
        <source>Operating system support</source>
        <translation>OS のサポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting updates</source>
        <translation>未適用の更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Antivirus</source>
        <translation>ウイルス対策</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Gatekeeper (checks apps before they open)</source>
        <translation>Gatekeeper（アプリを開く前の確認）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System Integrity Protection</source>
        <translation>システム整合性保護（SIP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XProtect (the Mac&apos;s malware protection)</source>
        <translation>XProtect（Mac のマルウェア対策）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Windows Update</source>
        <translation>Windows Update を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Windows Security</source>
        <translation>Windows セキュリティを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Software Update</source>
        <translation>ソフトウェア・アップデートを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Privacy and Security settings</source>
        <translation>プライバシーとセキュリティの設定を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the software updater</source>
        <translation>ソフトウェア更新ツールを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking this computer</source>
        <translation>このコンピューターを確認しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>もう一度確認(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;now</source>
        <translation>今すぐ確認(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What secguard read</source>
        <translation>secguard が読み取った内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do now</source>
        <translation>今すること</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{topic} ({product})</source>
        <translation>{topic}（製品：{product}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This takes a few seconds. secguard only reads; it changes nothing.</source>
        <translation>数秒かかります。secguard は読み取るだけで、何も変更しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not checked yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press “Check now”: secguard reads this computer&apos;s settings.</source>
        <translation>「今すぐ確認」を押すと、secguard がこのコンピューターの設定を読み取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points that need you: {count} of {total}, explained below.</source>
        <translation>対応が必要な項目：{total} 件中 {count} 件。下で説明します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points that could not be checked: {count} of {total}, explained below.</source>
        <translation>確認できなかった項目：{total} 件中 {count} 件。下で説明します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything secguard read is in order.</source>
        <translation>secguard が読み取った項目はすべて問題ありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked on {when}. secguard only read; it changed nothing.</source>
        <translation>{when} に確認しました。secguard は読み取っただけで、何も変更していません。</translation>
    </message>
</context>
<context>
    <name>TotpAssistant</name>
    <message>
        <location filename="../../secguard/ui/pages/totp_assistant.py" line="+266"/>
        <source>Open a picture of the QR code</source>
        <translation>QR コードの画像を開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The clipboard holds no picture. Copy a screenshot of the QR code first; a key in letters goes into the box above (Ctrl+V).</source>
        <translation>クリップボードに画像がありません。先に QR コードのスクリーンショットをコピーしてください。文字のキーは上の欄に貼り付けてください（Ctrl+V）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+202"/>
        <source>Reading the picture…</source>
        <translation>画像を読み取っています…</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>This code cannot be checked</source>
        <translation>このコードは確認できません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The practice code right now is {code}. Type it above; a phone app with the practice key would show the same.</source>
        <translation>いまの練習用コードは {code} です。上の欄に入力してみてください。練習用キーを登録したスマートフォンのアプリにも同じコードが表示されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>For your safety the set-up key was forgotten after {minutes} minutes without use. Paste it again to go on.</source>
        <translation>安全のため、{minutes} 分間操作がなかったので設定キーを消去しました。続けるにはもう一度貼り付けてください。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Keep this picture to yourself</source>
        <translation>この画像はほかの人に見せないでください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the &amp;QR code</source>
        <translation>QR コードを隠す(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the &amp;QR code</source>
        <translation>QR コードを表示(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First check a set-up key above.</source>
        <translation>先に上で設定キーを確認してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An authenticator app on your phone makes a new code every 30 seconds. When a broker sets one up, it shows a QR code and a key of letters and digits. Here you can check that key, scan it into your phone, and prove that the phone shows the right codes. secguard keeps the key only while you use this page: it is never saved, sent or copied.</source>
        <translation>スマートフォンの認証アプリは、30 秒ごとに新しいコードを作ります。証券会社で設定するときは、QR コードと英数字のキーが表示されます。ここではそのキーを確認し、スマートフォンに読み取らせ、正しいコードが表示されるかを確かめられます。secguard がキーを持つのはこのページを使っている間だけで、保存・送信・コピーは一切しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The set-up key</source>
        <translation>設定キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it to your phone app</source>
        <translation>スマートフォンのアプリに登録する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a code from your phone</source>
        <translation>スマートフォンのコードを確かめる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key or the otpauth:// address here</source>
        <translation>キーまたは otpauth:// アドレスをここに貼り付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set-up key or otpauth address</source>
        <translation>設定キーまたは otpauth アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w the key</source>
        <translation>キーを表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the &amp;key</source>
        <translation>キーを確認(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forg&amp;et the key</source>
        <translation>キーを消去(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;picture of the QR code…</source>
        <translation>QR コードの画像を開く(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a p&amp;icture</source>
        <translation>画像を貼り付け(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it with a practice key</source>
        <translation>練習用キーで試す(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New to this? Try every step first with a practice key: it belongs to no account, so nothing can go wrong.</source>
        <translation>初めてですか？まず練習用キーですべての手順を試せます。どの口座にも関係しないので、失敗しても心配ありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the 6 or 8 digits your app shows</source>
        <translation>アプリに表示された 6 桁か 8 桁の数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code from your authenticator app</source>
        <translation>認証アプリのコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify the code</source>
        <translation>コードを確かめる(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the practice co&amp;de</source>
        <translation>練習用コードを表示(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the set-up key (a secret)</source>
        <translation>設定キーの QR コード（秘密の情報）</translation>
    </message>
    <message>
        <location filename="../../secguard/ui/pages/totp_words.py" line="+28"/>
        <source>Service: {issuer}</source>
        <translation>サービス: {issuer}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: {account}</source>
        <translation>アカウント: {account}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codes: {digits} digits, new every {period} seconds ({algorithm}).</source>
        <translation>コード: {digits} 桁、{period} 秒ごとに新しくなります（{algorithm}）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No set-up key yet</source>
        <translation>設定キーはまだありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste a key, open a picture of the QR code, or practise first.</source>
        <translation>キーを貼り付けるか、QR コードの画像を開いてください。先に練習することもできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This set-up key cannot be used</source>
        <translation>この設定キーは使えません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This set-up key can be used</source>
        <translation>この設定キーは使えます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your authenticator app works</source>
        <translation>認証アプリは正しく動いています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The right key, but a clock is off</source>
        <translation>キーは正しいですが、時計がずれています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The code does not match</source>
        <translation>コードが一致しません</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <location filename="../../secguard/ui/pages/updates.py" line="+33"/>
        <source>Your computer is up to date</source>
        <translation>このコンピューターは最新の状態です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer needs updating</source>
        <translation>このコンピューターは更新が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your computer no longer gets security fixes</source>
        <translation>このコンピューターにはセキュリティ修正が届かなくなっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not everything could be checked</source>
        <translation>一部を確認できませんでした</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The button above opens your computer&apos;s own updater: install what it offers there, restart if it asks, then check again here. secguard itself never installs anything.</source>
        <translation>上のボタンで、このコンピューター自身の更新ツールが開きます。表示される更新をそこでインストールし、再起動を求められたら再起動してから、ここでもう一度確認してください。secguard 自身が何かをインストールすることはありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attackers get into computers through security holes that updates have already closed. secguard checks that your operating system still receives security fixes, that no updates are waiting and that no restart is pending. It only reads; it never installs or changes anything.</source>
        <translation>攻撃者は、更新ですでにふさがれているはずのセキュリティの穴からコンピューターに入り込みます。secguard は、お使いの OS にまだセキュリティ修正が届くか、未適用の更新がないか、再起動が必要になっていないかを確認します。読み取るだけで、インストールや変更は一切行いません。</translation>
    </message>
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <location filename="../../secguard/ui/parts/verdict_card.py" line="+46"/>
        <source>An official broker site</source>
        <translation>証券会社の公式サイト</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Fake site: do not open this link</source>
        <translation>偽サイトです: このリンクを開かないでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious: do not open this link or log in from it</source>
        <translation>不審です: このリンクを開いたり、ここからログインしたりしないでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a known broker site: do not log in from it</source>
        <translation>知られている証券会社のサイトではありません: ここからログインしないでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The real site of {broker}, but log in from your own bookmark anyway</source>
        <translation>{broker}の本物のサイトです。それでもログインは自分のブックマークからしましょう</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own bookmark for {broker}</source>
        <translation>{broker}の、あなた自身のブックマークです</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Where it really goes: {domain}</source>
        <translation>本当の行き先: {domain}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open the real {broker} site instead</source>
        <translation>代わりに本物の{broker}のサイトを開く</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(found {count} times)</source>
        <translation>（{count} 回出てきます）</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../secguard/i18n.py" line="-40"/>
        <source>Official site</source>
        <translation>公式サイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your bookmark</source>
        <translation>あなたのブックマーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fake: imitates a broker</source>
        <translation>偽物: 証券会社のなりすまし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious</source>
        <translation>不審</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>WindowStorage</name>
    <message>
        <location filename="../../secguard/ui/window_storage.py" line="+99"/>
        <source>Repair</source>
        <translation>修復する</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stored entries that could not be read: {count}. They were kept as they are, not deleted; support can help recover them.</source>
        <translation>保存した項目のうち {count} 件を読み込めませんでした。これらは削除せず、そのまま残してあります。サポート窓口で復旧をお手伝いできます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An interrupted save was found and completed. Nothing was lost.</source>
        <translation>途中で中断された保存が見つかったため、完了させました。データは失われていません。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
</context>
</TS>
