<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../secguard/ui/about.py" line="+41" />
        <source>About secguard</source>
        <translation>secguard について</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;secguard {version}&lt;/b&gt;&lt;br&gt;A self-check that keeps online brokerage accounts from being taken over.&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>&lt;b&gt;secguard {version}&lt;/b&gt;&lt;br&gt;ネット証券口座の乗っ取りを防ぐためのセルフチェックです。&lt;br&gt;Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../secguard/cli.py" line="+37" />
        <source>A self-check that keeps your online brokerage account from being taken over. Without a command, the window opens.</source>
        <translation>ネット証券口座の乗っ取りを防ぐためのセルフチェックです。コマンドを指定しないとウィンドウが開きます。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location line="+2" />
        <source>show this help and exit</source>
        <translation>このヘルプを表示して終了する</translation>
    </message>
    <message>
        <location line="+6" />
        <source>show the version</source>
        <translation>バージョンを表示する</translation>
    </message>
    <message>
        <location line="+5" />
        <source>language of the output (default: the system's)</source>
        <translation>出力の言語（既定値: システムの言語）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>open every page of the window off-screen and exit 0 if all is well</source>
        <translation>画面に表示せずに全ページを開き、問題がなければ終了コード 0 で終わる</translation>
    </message>
    <message>
        <location line="+6" />
        <source>commands</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+1" />
        <source>COMMAND</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>check the seven precautions</source>
        <translation>7つの対策を確認する</translation>
    </message>
    <message>
        <location line="+3" />
        <source>print JSON for scripts</source>
        <translation>スクリプト用に JSON で出力する</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../secguard/ui/crash.py" line="+48" />
        <source>secguard: unexpected problem</source>
        <translation>secguard: 予期しない問題</translation>
    </message>
    <message>
        <location line="+3" />
        <source>secguard ran into a problem it did not expect. Nothing you stored has been lost. If you contact support, copy the report below and send it; it contains no passwords or other secrets.

The report is also saved in: {path}</source>
        <translation>secguard で予期しない問題が起きました。保存した内容は失われていません。サポートに問い合わせる場合は、下のレポートをコピーして送ってください。レポートにパスワードなどの秘密の情報は含まれていません。

レポートは次の場所にも保存されています: {path}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../secguard/ui/main_window.py" line="+144" />
        <source>The translation file is missing, so the language cannot be changed. Please reinstall secguard.</source>
        <translation>翻訳ファイルが見つからないため、言語を切り替えられません。secguard を再インストールしてください。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>secguard: brokerage account self-check</source>
        <translation>secguard: 証券口座セルフチェック</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Steps</source>
        <translation>ステップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About secguard</source>
        <translation>secguard について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+1" />
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} precautions need action</source>
        <translation>対応が必要な対策: {count} 件</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} of 7 precautions not checked yet</source>
        <translation>7つの対策のうち {count} 件が未確認</translation>
    </message>
    <message>
        <location line="+2" />
        <source>All precautions checked</source>
        <translation>すべての対策を確認済み</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../secguard/ui/banner.py" line="+91" />
        <location line="+1" />
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+70" />
        <source>Not checked yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The check could not finish, so the state is unknown</source>
        <translation>確認を完了できなかったため、状態は不明です</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../secguard/ui/pages/overview.py" line="+64" />
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open step {number}</source>
        <translation>ステップ {number} を開く</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Your security self-check</source>
        <translation>セキュリティ・セルフチェック</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After thousands of online brokerage accounts were taken over in 2025, Japan's Financial Services Agency asked investors to follow seven precautions. secguard checks what a program can check and explains the rest.</source>
        <translation>2025年に数千件のネット証券口座が乗っ取られたことを受け、金融庁は投資家に7つの対策を呼びかけました。secguard はプログラムで確認できることを確認し、それ以外は分かりやすく説明します。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{count} of 7 precautions need action now.</source>
        <translation>7つの対策のうち {count} 件は今すぐ対応が必要です。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{count} of 7 precautions have not been checked yet.</source>
        <translation>7つの対策のうち {count} 件はまだ確認していません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All 7 precautions have been checked.</source>
        <translation>7つの対策をすべて確認しました。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../secguard/ui/pages/placeholder.py" line="+59" />
        <source>Not checked yet: this check is still being built.</source>
        <translation>未確認: この確認機能は現在準備中です。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What this step will check</source>
        <translation>このステップで確認すること</translation>
    </message>
</context>
<context>
    <name>Precautions</name>
    <message>
        <location filename="../../secguard/i18n.py" line="+6" />
        <source>Don't open links in e-mail or SMS</source>
        <translation>メールやSMSのリンクを開かない</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open your broker from a bookmark</source>
        <translation>証券会社のサイトはブックマークから開く</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Turn on multi-factor authentication and log-in notifications</source>
        <translation>多要素認証とログイン通知を設定する</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No reused or simple passwords</source>
        <translation>パスワードの使い回しや単純なパスワードを避ける</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check your account often; call your broker if anything is wrong</source>
        <translation>口座をこまめに確認し、おかしいと思ったら証券会社に連絡する</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep your OS and software updated</source>
        <translation>OSやソフトウェアを最新の状態に保つ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use anti-malware software</source>
        <translation>ウイルス対策ソフトを使う</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Links in e-mail and SMS</source>
        <translation>メール・SMSのリンク</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Multi-factor authentication</source>
        <translation>多要素認証</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account review</source>
        <translation>口座の確認</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updates</source>
        <translation>アップデート</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Anti-malware</source>
        <translation>ウイルス対策</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paste a link or a whole e-mail or SMS here and secguard will tell you whether it leads to your broker's real site, to a copy of it, or somewhere unknown. secguard never opens the link.</source>
        <translation>リンク、またはメールやSMSの本文をまるごと貼り付けると、そのリンク先が証券会社の本物のサイトか、偽物（コピー）か、不明なサイトかを secguard がお知らせします。secguard がリンクを開くことはありません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Keep a bookmark for each of your brokers and open them from here. secguard will also look through your browser's bookmarks for copies of brokers' sites.</source>
        <translation>利用している証券会社ごとにブックマークを登録し、ここから開きます。ブラウザーのブックマークに証券会社の偽サイトが紛れていないかも確認します。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>See which log-in protections your broker offers, from the strongest (passkey) to the weakest (SMS or e-mail), and set up an authenticator app step by step.</source>
        <translation>証券会社が提供するログイン保護を、最も強いもの（パスキー）から弱いもの（SMSやメール）まで確認し、認証アプリを一歩ずつ設定します。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check how strong a password is, whether it appears in known data breaches, and whether you use it for more than one account. Your password is never stored.</source>
        <translation>パスワードの強さ、過去の情報漏えいに含まれていないか、複数の口座で使い回していないかを確認します。パスワード自体が保存されることはありません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set a routine for looking over your account, keep a log of each review, and find your broker's real phone number quickly if something looks wrong.</source>
        <translation>口座を確認する習慣を決めて確認の記録を残し、おかしいと思ったときに証券会社の正しい電話番号をすぐに見つけられるようにします。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check whether your operating system is still supported, whether updates are waiting, and whether a restart is needed. secguard only reads; it changes nothing.</source>
        <translation>OSのサポートが続いているか、未適用の更新がないか、再起動が必要かを確認します。secguard は読み取るだけで、何も変更しません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check whether anti-malware protection is present, switched on and up to date. secguard only reads; it changes nothing.</source>
        <translation>ウイルス対策ソフトが入っていて、有効になっていて、最新の状態かを確認します。secguard は読み取るだけで、何も変更しません。</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location line="+8" />
        <source>OK</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risk</source>
        <translation>危険</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
</TS>
