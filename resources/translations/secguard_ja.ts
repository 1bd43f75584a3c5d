<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../secguard/ui/about.py" line="+41"/>
        <source>About secguard</source>
        <translation>secguard について</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;secguard {version}&lt;/b&gt;&lt;br&gt;A self-check that keeps online brokerage accounts from being taken over.&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>&lt;b&gt;secguard {version}&lt;/b&gt;&lt;br&gt;ネット証券口座の乗っ取りを防ぐためのセルフチェックです。&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>BookmarksPage</name>
    <message>
        <location filename="../../secguard/ui/pages/bookmarks.py" line="+251"/>
        <source>The browser could not be started.</source>
        <translation>ブラウザーを起動できませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This address does not look safe:
{reasons}</source>
        <translation>このアドレスは安全とは言えません:
{reasons}</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Bookmark files (*.json)</source>
        <translation>ブックマークファイル (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bookmarks exported to {file}: {count}.</source>
        <translation>{count} 件のブックマークを {file} に書き出しました。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bookmarks imported: {added} (already there: {skipped}).</source>
        <translation>{added} 件のブックマークを読み込みました（{skipped} 件は登録済みでした）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry {number}: {problem}</source>
        <translation>{number} 件目: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved “{label}”.</source>
        <translation>「{label}」を保存しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted “{label}”.</source>
        <translation>「{label}」を削除しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The keyring reported an unexpected problem. Nothing was lost.</source>
        <translation>キーリングで予期しない問題が起きました。データは失われていません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Phishing e-mails and SMS link to copies of brokers&apos; log-in pages. Open your broker only from a bookmark you saved yourself. secguard keeps these bookmarks in your system&apos;s keyring.</source>
        <translation>フィッシングのメールやSMSは、証券会社のログインページをまねた偽サイトへ誘導します。証券会社のサイトは、自分で保存したブックマークからだけ開きましょう。secguard はこのブックマークをシステムのキーリングに保存します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading your bookmarks…</source>
        <translation>ブックマークを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No bookmarks yet. Add your broker&apos;s address below.</source>
        <translation>ブックマークはまだありません。下の欄から証券会社のアドレスを追加してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your bookmarks cannot be shown until the system keyring can be used.</source>
        <translation>システムのキーリングを使えるようになるまで、ブックマークを表示できません。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Add a bookmark</source>
        <translation>ブックマークを追加</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>I understand the risk: save anyway</source>
        <translation>危険を理解したうえで保存する</translation>
    </message>
</context>
<context>
    <name>BrowserScanPanel</name>
    <message>
        <location filename="../../secguard/ui/pages/browser_scan_panel.py" line="+79"/>
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
        <location filename="../../secguard/cli/parser.py" line="+23"/>
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
        <location line="+55"/>
        <location line="+26"/>
        <source>print JSON for scripts</source>
        <translation>スクリプト用に JSON で出力する</translation>
    </message>
    <message>
        <location line="-76"/>
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
        <source>print one JSON object per input line</source>
        <translation>入力1行ごとに JSON オブジェクトを1つ出力する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not read your bookmarks from the keyring</source>
        <translation>キーリングからブックマークを読み込まない</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-35"/>
        <location line="+43"/>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location filename="../../secguard/cli/bookmarks.py" line="+39"/>
        <source>Added bookmark {id}: {label} &lt;{url}&gt;</source>
        <translation>ブックマーク {id} を追加しました: {label} &lt;{url}&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed bookmark {id}.</source>
        <translation>ブックマーク {id} を削除しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmarks imported: {added} (already there: {skipped}).</source>
        <translation>{added} 件のブックマークを読み込みました（{skipped} 件は登録済みでした）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bookmarks exported to {file}: {count}.</source>
        <translation>{count} 件のブックマークを {file} に書き出しました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No bookmarks stored yet.</source>
        <translation>ブックマークはまだ保存されていません。</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/links.py" line="+67"/>
        <source>No link found in: {text}</source>
        <translation>リンクが見つかりませんでした: {text}</translation>
    </message>
    <message>
        <location filename="../../secguard/cli/password.py" line="+128"/>
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
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../secguard/ui/crash.py" line="+50"/>
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
    <name>LinksPage</name>
    <message>
        <location filename="../../secguard/ui/pages/links.py" line="+202"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The check failed; nothing was judged.</source>
        <translation>確認に失敗しました。判定は行われていません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No link found in the text.</source>
        <translation>テキストにリンクが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dangerous links: {count} of {total}. Do not open them.</source>
        <translation>{total} 件のリンクのうち {count} 件は危険です。開かないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Links checked: {total}.</source>
        <translation>{total} 件のリンクを確認しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Never open a link from an e-mail or SMS to log in to your broker. If a message worries you, paste the link, or the whole message, below: secguard reads it as text and tells you where each link really goes. Nothing is opened.</source>
        <translation>メールやSMSのリンクから証券会社にログインしてはいけません。気になるメッセージがあれば、リンクかメッセージ全体を下に貼り付けてください。secguard は文字として読み取り、それぞれのリンクの本当の行き先をお知らせします。リンクを開くことはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the link or the whole message here</source>
        <translation>ここにリンクまたはメッセージ全体を貼り付けてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>確認する(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clea&amp;r</source>
        <translation>消去(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ You log in only from your own bookmarks</source>
        <translation>✓ ログインは自分のブックマークからだけ行います</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I will log in only from my own bookmarks, never from a link in a message</source>
        <translation>ログインは自分のブックマークからだけ行い、メッセージのリンクからは行いません</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secguard/ui/main_window.py" line="+302"/>
        <source>An interrupted save was found and completed. Nothing was lost.</source>
        <translation>途中で中断された保存が見つかったため、完了させました。データは失われていません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your saved progress could not be read. It was kept as {name} and secguard started afresh; your bookmarks are not affected.</source>
        <translation>保存した進み具合を読み込めませんでした。そのファイルは {name} として残し、最初から始めています。ブックマークには影響ありません。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The translation file is missing, so the language cannot be changed. Please reinstall secguard.</source>
        <translation>翻訳ファイルが見つからないため、言語を切り替えられません。secguard を再インストールしてください。</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Your progress could not be saved for next time.</source>
        <translation>進み具合を次回のために保存できませんでした。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stored entries that could not be read: {count}. They were kept as they are, not deleted; support can help recover them.</source>
        <translation>保存した項目のうち {count} 件を読み込めませんでした。これらは削除せず、そのまま残してあります。サポート窓口で復旧をお手伝いできます。</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>secguard: brokerage account self-check</source>
        <translation>secguard: 証券口座セルフチェック</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>MessageBanner</name>
    <message>
        <location filename="../../secguard/ui/banner.py" line="+99"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+74"/>
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
        <location line="+10"/>
        <source>Your bookmarks cannot be read while the system keyring is unavailable.</source>
        <translation>システムのキーリングが使えない間は、ブックマークを読み込めません。</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+4"/>
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
        <location line="+6"/>
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
        <location line="+1"/>
        <source>The list of your stored entries is damaged. secguard will not write until it is rebuilt; your entries themselves are kept.</source>
        <translation>保存した項目の一覧が壊れています。一覧を作り直すまで secguard は書き込みを行いません。項目そのものは残っています。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>This file cannot be imported.</source>
        <translation>このファイルは読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+14"/>
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
        <source>The message names {broker}, but this link does not go to the site of {broker} ({domain}).</source>
        <translation>メッセージには{broker}の名前がありますが、このリンクは{broker}のサイト（{domain}）に向かっていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This site belongs to {group}. It is not the trading site of {broker}: log in to {broker} only from your bookmark.</source>
        <translation>このサイトは{group}のものです。{broker}の取引サイトではありません。{broker}にはブックマークからだけログインしてください。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>A browser may read this address with the text beside it and open {host}.</source>
        <translation>ブラウザーは、このアドレスを前後の文字と続けて読み、{host} を開くおそれがあります。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み込めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be written.</source>
        <translation>ファイルに書き込めません。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
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
        <location line="+42"/>
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
        <location line="+3"/>
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
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../secguard/ui/pages/overview.py" line="+64"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open step {number}</source>
        <translation>ステップ {number} を開く</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Your security self-check</source>
        <translation>セキュリティ・セルフチェック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After thousands of online brokerage accounts were taken over in 2025, Japan&apos;s Financial Services Agency asked investors to follow seven precautions. secguard checks what a program can check and explains the rest.</source>
        <translation>2025年に数千件のネット証券口座が乗っ取られたことを受け、金融庁は投資家に7つの対策を呼びかけました。secguard はプログラムで確認できることを確認し、それ以外は分かりやすく説明します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Need action now: {count} of 7 precautions.</source>
        <translation>7つの対策のうち {count} 件は今すぐ対応が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet: {count} of 7 precautions.</source>
        <translation>7つの対策のうち {count} 件はまだ確認していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All 7 precautions have been checked.</source>
        <translation>7つの対策をすべて確認しました。</translation>
    </message>
</context>
<context>
    <name>PasswordsPage</name>
    <message>
        <location filename="../../secguard/ui/pages/passwords.py" line="+271"/>
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
        <location line="+12"/>
        <location line="+388"/>
        <source>A password I use elsewhere (not saved)</source>
        <translation>ほかで使っているパスワード（保存しない）</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>Asking Have I Been Pwned…</source>
        <translation>Have I Been Pwned に問い合わせています…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saved the check for “{label}”. The password itself was not stored.</source>
        <translation>「{label}」の確認結果を保存しました。パスワードそのものは保存していません。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Rename the account</source>
        <translation>口座の名前を変える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>新しい名前：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Removed “{label}” from secguard. Your account at the broker is not affected.</source>
        <translation>secguard から「{label}」を削除しました。証券会社の口座そのものには影響しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Copied. The clipboard is cleared in 30 seconds.</source>
        <translation>コピーしました。クリップボードは30秒後に消去されます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only these 5 characters leave your computer: {prefix}</source>
        <translation>コンピューターの外に送られるのはこの5文字だけです: {prefix}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strength: {score} of 4</source>
        <translation>強さ: 4段階中 {score}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not checked for breaches yet.</source>
        <translation>漏えいはまだ確認していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times this password appears in known data breaches: {count}. Do not use it.</source>
        <translation>このパスワードは既知の情報漏えいに {count} 回現れています。使わないでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in known data breaches.</source>
        <translation>既知の情報漏えいには見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The breach check could not finish ({reason}). This is not a safe result.</source>
        <translation>漏えいの確認を完了できませんでした（{reason}）。安全という意味ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+5"/>
        <source>Type a password to see how hard it is to guess. Check it against known data breaches only if you want to. secguard never stores the password: for reuse it keeps a one-way fingerprint that cannot be turned back into the password.</source>
        <translation>パスワードを入力すると、推測されにくさが分かります。既知の情報漏えいとの照合は、希望するときだけ行います。secguard がパスワードを保存することはありません。使い回しの確認には、元のパスワードに戻せない一方向の「指紋」だけを保存します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>口座</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>a name, e.g. My SBI account</source>
        <translation>名前（例: SBIの口座）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a&amp;ccount</source>
        <translation>口座を追加(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;g-in password</source>
        <translation>ログインパスワード(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve this check for the account</source>
        <translation>この口座の確認結果を保存(&amp;V)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Trading PIN (取引暗証番号)</source>
        <translation>取引暗証番号(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the password here</source>
        <translation>ここにパスワードを入力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check for &amp;breaches</source>
        <translation>漏えいを確認(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Breach data: Have I Been Pwned&apos;s Pwned Passwords (haveibeenpwned.com), licensed CC BY 4.0.</source>
        <translation>漏えいデータ: Have I Been Pwned の Pwned Passwords（haveibeenpwned.com）、CC BY 4.0 ライセンス。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new password</source>
        <translation>新しいパスワードを作る</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../secguard/ui/pages/placeholder.py" line="+43"/>
        <source>Not checked yet: this check is still being built.</source>
        <translation>未確認: この確認機能は現在準備中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this step will check</source>
        <translation>このステップで確認すること</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+12"/>
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
        <location line="+5"/>
        <source>Links in e-mail and SMS</source>
        <translation>メール・SMSのリンク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-factor authentication</source>
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
    <message>
        <location line="+4"/>
        <source>Paste a link or a whole e-mail or SMS here and secguard will tell you whether it leads to your broker&apos;s real site, to a copy of it, or somewhere unknown. secguard never opens the link.</source>
        <translation>リンク、またはメールやSMSの本文をまるごと貼り付けると、そのリンク先が証券会社の本物のサイトか、偽物（コピー）か、不明なサイトかを secguard がお知らせします。secguard がリンクを開くことはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep a bookmark for each of your brokers and open them from here. secguard will also look through your browser&apos;s bookmarks for copies of brokers&apos; sites.</source>
        <translation>利用している証券会社ごとにブックマークを登録し、ここから開きます。ブラウザーのブックマークに証券会社の偽サイトが紛れていないかも確認します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which log-in protections your broker offers, from the strongest (passkey) to the weakest (SMS or e-mail), and set up an authenticator app step by step.</source>
        <translation>証券会社が提供するログイン保護を、最も強いもの（パスキー）から弱いもの（SMSやメール）まで確認し、認証アプリを一歩ずつ設定します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check how strong a password is, whether it appears in known data breaches, and whether you use it for more than one account. Your password is never stored.</source>
        <translation>パスワードの強さ、過去の情報漏えいに含まれていないか、複数の口座で使い回していないかを確認します。パスワード自体が保存されることはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a routine for looking over your account, keep a log of each review, and find your broker&apos;s real phone number quickly if something looks wrong.</source>
        <translation>口座を確認する習慣を決めて確認の記録を残し、おかしいと思ったときに証券会社の正しい電話番号をすぐに見つけられるようにします。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check whether your operating system is still supported, whether updates are waiting, and whether a restart is needed. secguard only reads; it changes nothing.</source>
        <translation>OSのサポートが続いているか、未適用の更新がないか、再起動が必要かを確認します。secguard は読み取るだけで、何も変更しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check whether anti-malware protection is present, switched on and up to date. secguard only reads; it changes nothing.</source>
        <translation>ウイルス対策ソフトが入っていて、有効になっていて、最新の状態かを確認します。secguard は読み取るだけで、何も変更しません。</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location line="+8"/>
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
</context>
<context>
    <name>VerdictCard</name>
    <message>
        <location filename="../../secguard/ui/pages/links.py" line="-197"/>
        <source>Open the real {broker} site instead</source>
        <translation>代わりに本物の{broker}のサイトを開く</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../secguard/i18n.py" line="-75"/>
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
</TS>
