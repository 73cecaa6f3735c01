# Starts Chrome (or Chromium) as the Eske kiosk on Windows and starts it again whenever it exits
# (docs/kiosk-install.md); run by a scheduled task "At log on". The page reloads itself
# (docs/design.md §6.6); bringing back a browser that died is this script's part.
# Windows PowerShell 5.1 or PowerShell 7.

param(
    # The kiosk's address; ?kiosk=<id> picks kiosk-config/<id>.json on that host.
    [Parameter(Mandatory = $true)] [string] $Url,
    # Chromium's --user-data-dir, kept across restarts: IndexedDB in it holds the exhibit.
    [string] $ProfileDir = (Join-Path $env:LOCALAPPDATA 'Eske\ChromeProfile'),
    # chrome.exe or a Chromium build; by default the first Chrome found in the usual places.
    [string] $Browser = '',
    # Extra Chromium flags after the kiosk's own.
    [string[]] $ExtraArgs = @()
)

$ErrorActionPreference = 'Stop'

# One line per start and exit, beside the profile: the task itself shows only that it runs.
$logFile = Join-Path (Split-Path -Parent $ProfileDir) 'eske-kiosk.log'
function Write-KioskLog([string] $message) {
    Add-Content -LiteralPath $logFile -Value ('{0:yyyy-MM-dd HH:mm:ss} {1}' -f (Get-Date), $message)
}

function Find-Browser {
    $candidates = @(
        (Join-Path $env:ProgramFiles 'Google\Chrome\Application\chrome.exe'),
        (Join-Path ${env:ProgramFiles(x86)} 'Google\Chrome\Application\chrome.exe'),
        (Join-Path $env:LOCALAPPDATA 'Google\Chrome\Application\chrome.exe'),
        (Join-Path $env:LOCALAPPDATA 'Chromium\Application\chrome.exe')
    )
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate) { return $candidate }
    }
    throw 'No Chrome or Chromium found: install one or pass -Browser.'
}

# A browser killed by a crash or a power cut leaves "Crashed" in its preferences and offers to
# restore the last session at the next start; nothing runs on this profile now, so it is set right.
function Reset-CrashFlag([string] $preferences) {
    if (-not (Test-Path -LiteralPath $preferences)) { return }
    $text = [System.IO.File]::ReadAllText($preferences)
    $fixed = $text.Replace('"exit_type":"Crashed"', '"exit_type":"Normal"')
    if ($fixed -ne $text) { [System.IO.File]::WriteAllText($preferences, $fixed) }
}

# Chrome grants navigator.storage.persist() to a bookmarked site, so that a full disk cannot
# evict the exhibit; a new profile gets the kiosk's address as its bookmark.
function Add-KioskBookmark([string] $bookmarks, [string] $address) {
    if (Test-Path -LiteralPath $bookmarks) { return }
    $roots = [ordered]@{
        bookmark_bar = [ordered]@{ type = 'folder'; id = '1'; name = 'Bookmarks bar'; children = @(
                [ordered]@{ type = 'url'; id = '4'; name = 'Eske'; url = $address }) }
        other        = [ordered]@{ type = 'folder'; id = '2'; name = 'Other bookmarks'; children = @() }
        synced       = [ordered]@{ type = 'folder'; id = '3'; name = 'Mobile bookmarks'; children = @() }
    }
    $json = ConvertTo-Json -Depth 6 ([ordered]@{ version = 1; roots = $roots })
    [System.IO.File]::WriteAllText($bookmarks, $json)
}

if ($Browser -eq '') { $Browser = Find-Browser }
$defaultDir = Join-Path $ProfileDir 'Default'
New-Item -ItemType Directory -Force -Path $defaultDir | Out-Null

$flags = @(
    "--user-data-dir=`"$ProfileDir`"",
    '--kiosk',
    '--no-first-run',
    '--noerrdialogs',
    '--hide-crash-restore-bubble',
    '--disable-pinch',
    '--overscroll-history-navigation=0',
    '--disable-component-update',
    '--check-for-update-interval=31536000',
    '--disable-features=Translate'
) + $ExtraArgs + @("`"$Url`"")

# A crash loop backs off from 5 s to 5 minutes; a browser that ran for 10 minutes starts over at 5 s.
$delaySeconds = 5
while ($true) {
    Reset-CrashFlag (Join-Path $defaultDir 'Preferences')
    Add-KioskBookmark (Join-Path $defaultDir 'Bookmarks') $Url
    $started = Get-Date
    try {
        Write-KioskLog "starting $Browser at $Url"
        $process = Start-Process -FilePath $Browser -ArgumentList $flags -PassThru
        # Without its handle held while it runs, a process started this way reports no exit code.
        $null = $process.Handle
        $process.WaitForExit()
        Write-KioskLog "the browser exited with code $($process.ExitCode)"
    } catch {
        Write-KioskLog "could not start $Browser`: $_"
    }
    if (((Get-Date) - $started).TotalMinutes -ge 10) { $delaySeconds = 5 }
    Start-Sleep -Seconds $delaySeconds
    $delaySeconds = [Math]::Min($delaySeconds * 2, 300)
}
