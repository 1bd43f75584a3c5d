# Builds, signs and packages secguard for Windows (run on Windows, not on the Linux CI).
#
#   powershell -File packaging\windows\build.ps1 [-Preset <name>] [-CertificateThumbprint <sha1>]
#
# Needs: Python 3.11+ with `pip install -e .[dev]`, Inno Setup 6 (ISCC.exe on PATH
# or in its default folder) and, to sign, signtool.exe from the Windows SDK with
# the code-signing certificate in the user's certificate store.  Every native
# command's exit code is checked: a failed signature stops the build, so no
# unsigned installer is ever produced by this script when a certificate is given.
param(
    [string]$Preset = "",
    [string]$CertificateThumbprint = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Repo = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Repo

function Invoke-Checked([string]$Program, [string[]]$Arguments) {
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed with exit code $LASTEXITCODE" }
}

# 1. The onedir bundle (the preset is checked first; exit 3 lists every problem).
$BuildArgs = @("packaging\build.py")
if ($Preset) { $BuildArgs += @("--preset", $Preset) }
Invoke-Checked "python" $BuildArgs
$Bundle = Join-Path $Repo "dist\secguard"
Invoke-Checked (Join-Path $Bundle "secguard-cli.exe") @("--self-test")

# 2. Names and a stable AppId per brand (a UUIDv5 of the preset id).
$Version = (& (Join-Path $Bundle "secguard-cli.exe") --version).Split(" ")[-1]
$AppName = "secguard"; $PackageName = "secguard"; $Key = "secguard"
if ($Preset) {
    $Json = Get-Content "packaging\presets\$Preset.json" -Raw -Encoding UTF8 | ConvertFrom-Json
    $AppName = "$($Json.brand.names.ja) secguard"
    $PackageName = "secguard-$($Json.id)"
    $Key = $Json.id
}
$AppId = (& python -c "import uuid,sys; print('{{' + str(uuid.uuid5(uuid.NAMESPACE_URL, 'secguard:' + sys.argv[1])).upper() + '}')" $Key)
if ($LASTEXITCODE -ne 0) { throw "could not derive the AppId" }

# 3. Sign the two executables before they go into the installer.
$SignArgs = @()
if ($CertificateThumbprint) {
    $SignArgs = @("sign", "/fd", "sha256", "/tr", $TimestampUrl, "/td", "sha256", "/sha1", $CertificateThumbprint)
    foreach ($Exe in @("secguard.exe", "secguard-cli.exe")) {
        Invoke-Checked "signtool.exe" ($SignArgs + @((Join-Path $Bundle $Exe)))
        Invoke-Checked "signtool.exe" @("verify", "/pa", (Join-Path $Bundle $Exe))
    }
} else {
    Write-Warning "No -CertificateThumbprint: building an UNSIGNED installer (for testing only)."
}

# 4. The installer; ISCC signs it and its uninstaller through /Ssigntool.
$Iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$IsccArgs = @(
    "/DBundleDir=$Bundle", "/DAppId=$AppId", "/DAppName=$AppName",
    "/DAppVersion=$Version", "/DPackageName=$PackageName", "/DOutputDir=$(Join-Path $Repo 'dist')"
)
if ($CertificateThumbprint) {
    $IsccArgs += "/Ssigntool=signtool.exe $($SignArgs -join ' ') `$f"
} else {
    # The script declares SignTool=signtool; an unsigned test build turns it off.
    $IsccArgs += "/Ssigntool=cmd.exe /c echo not signing `$f"
}
Invoke-Checked $Iscc ($IsccArgs + @("packaging\windows\secguard.iss"))
$Installer = Join-Path $Repo "dist\$PackageName-$Version-setup.exe"
if ($CertificateThumbprint) { Invoke-Checked "signtool.exe" @("verify", "/pa", $Installer) }
Write-Output $Installer
