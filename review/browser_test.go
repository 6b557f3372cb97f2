package review

import (
	"context"
	"encoding/json"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
)

var screenshot = flag.String("screenshot", "", "TestScreenshot writes a PNG of a document page here (e.g. ../docs/review-page.png)")

// chromium finds Debian's Chromium: $RACEX_CHROMIUM (exported by
// .ci/setup.d/30-chromium.sh), else chromium on the PATH. Without it the
// browser tests skip, except under CI=true, where they fail.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("RACEX_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found under CI=true: .ci/setup.d/30-chromium.sh should have installed it")
	}
	t.Skip("chromium not installed (apt-get install chromium); skipping the browser test")
	return ""
}

// browser starts a headless Chromium with the flags this machine's closed
// network needs (no background connections, no component updates) and a
// fresh profile.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	return bctx
}

const browserArticle = `Keitany retains London title
Mary Keitany won the women's race at the London Marathon in 2:18:36 on Sunday.
Wilson Kipsang of Kenya won the men's race in 2:04:44.
Organisers thanked a volunteer known only as zqx7 for her work at the finish.
A reader's comment: <script>document.title='pwned'</script><img src=x onerror="document.title='pwned'">
`

// TestBrowser opens a document in Chromium, checks the highlights and the
// missed and extra facts marked in the text, checks that markup in the
// article stays text, then corrects the annotation three times (accepting
// an extracted fact, editing a missed one in the form, adding a missed one
// from a selection) and checks the file saved on disk each time.
func TestBrowser(t *testing.T) {
	ctx := browser(t, 1280, 900)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "keitany.txt"), []byte(browserArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := OpenDir(dir, extract.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	d, err := src.Doc(context.Background(), "keitany")
	if err != nil {
		t.Fatal(err)
	}
	// The annotation: the extraction without its first person (so that
	// person shows as extracted but not annotated), plus a person no
	// extractor finds (so it shows as missed).
	if len(d.Record.People) == 0 {
		t.Fatalf("extraction found no people in %q; the browser test needs one", browserArticle)
	}
	dropped := d.Record.People[0]
	gold := strip(d.Record)
	gold.People = append(gold.People[1:], schema.Person{Name: "zqx7", Aliases: []string{}})
	if err := src.SaveGold(context.Background(), "keitany", gold); err != nil {
		t.Fatal(err)
	}
	srv, err := New(src, Options{AllowEdit: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()

	do := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	text := func(what string, a chromedp.Action[string]) string {
		t.Helper()
		v, err := chromedp.Run(ctx, a)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return v
	}
	do("open the document", chromedp.Navigate(ts.URL+"/docs/keitany"), chromedp.WaitVisible(chromedp.ID("article")))
	personMarks := text("count person marks", chromedp.Evaluate[string](`String(document.querySelectorAll("#article .k-person").length)`))
	missedText := text("missed marks", chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#article .st-missed")).map(e => e.textContent).join("|")`))
	spuriousText := text("extra marks", chromedp.Evaluate[string](`Array.from(document.querySelectorAll("#article .st-spurious")).map(e => e.textContent).join("|")`))
	injected := text("injected elements", chromedp.Evaluate[string](`String(document.querySelectorAll("#article img, #article script").length)`))
	title := text("title", chromedp.Title())
	articleText := text("article text", chromedp.TextContent(chromedp.ID("article")))
	legend := text("legend", chromedp.TextContent(chromedp.ID("legend")))
	do("next problem", chromedp.Click(chromedp.ID("next-problem")))
	if d := text("detail", chromedp.TextContent(chromedp.ID("detail"))); !strings.Contains(d, "missed") && !strings.Contains(d, "not in the annotation") {
		t.Errorf("'next problem' shows %q, want a missed or extra fact", d)
	}
	do("click the missed mark", chromedp.Click(chromedp.CSS("#article .st-missed")))
	detail := text("detail", chromedp.TextContent(chromedp.ID("detail")))

	if personMarks == "0" {
		t.Errorf("no person highlighted in the text")
	}
	if !strings.Contains(legend, "person") || !strings.Contains(legend, "missed") {
		t.Errorf("legend %q lacks person or missed", legend)
	}
	if !strings.Contains(missedText, "zqx7") {
		t.Errorf("missed marks %q do not show the annotated person zqx7", missedText)
	}
	shown := false
	for _, n := range append([]string{dropped.Name}, dropped.Aliases...) {
		shown = shown || strings.Contains(spuriousText, n)
	}
	if !shown {
		t.Errorf("extracted-only marks %q do not show %q, the person left out of the annotation", spuriousText, dropped.Name)
	}
	if injected != "0" || strings.Contains(title, "pwned") {
		t.Errorf("markup in the article became elements (%s img/script, title %q)", injected, title)
	}
	if !strings.Contains(articleText, `<img src=x onerror="document.title='pwned'">`) {
		t.Errorf("the article's markup is not shown as text: %q", articleText)
	}
	if !strings.Contains(detail, "zqx7") || !strings.Contains(detail, "missed") {
		t.Errorf("clicking the missed mark shows %q, want the missed person fact", detail)
	}

	// Correction 1: accept the extracted person the annotation lacks.
	do("accept", chromedp.Click(chromedp.CSS(`#spurious button[data-op="accept"][data-pointer="/people/0"]`)))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("added to the annotation and saved")`)
	saved := readGold(t, filepath.Join(dir, "keitany.gold.json"))
	if !hasPerson(saved, dropped.Name) {
		t.Errorf("accepted person %q not in the saved annotation", dropped.Name)
	}

	// Correction 2: edit the missed person in the form: give an age.
	do("edit", chromedp.Click(chromedp.CSS(`#missed li[data-pointer^="/people/"] button[data-op="edit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`#edfields input[name="age"]`)),
		chromedp.SetValue(chromedp.CSS(`#edfields input[name="age"]`), "41"),
		chromedp.Click(chromedp.ID("edsave")))
	// The page reloads and says what it saved.
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("entry saved")`)
	saved = readGold(t, filepath.Join(dir, "keitany.gold.json"))
	found := false
	for _, p := range saved.People {
		if p.Name == "zqx7" {
			found = true
			if p.Age == nil || *p.Age != 41 {
				t.Errorf("edited person zqx7 saved with age %v, want 41", p.Age)
			}
		}
	}
	if !found {
		t.Errorf("zqx7 lost from the annotation after the edit: %+v", saved.People)
	}

	// Correction 3: select a time in the article and add it as a missed
	// quantity; the selection fills in the words as written.
	selectText := `(() => { const w = document.createTreeWalker(document.getElementById("article"), NodeFilter.SHOW_TEXT); let n;
		while ((n = w.nextNode())) { const i = n.data.indexOf("2:04:44"); if (i >= 0) { const r = document.createRange();
		r.setStart(n, i); r.setEnd(n, i + 7); getSelection().removeAllRanges(); getSelection().addRange(r); return true; } } return false; })()`
	if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](selectText)); err != nil || !ok {
		t.Fatalf("selecting 2:04:44: %v %v", ok, err)
	}
	do("add", chromedp.Click(chromedp.CSS(`button[data-op="add"]`)),
		chromedp.WaitVisible(chromedp.ID("edsection")),
		chromedp.SetValue(chromedp.ID("edsection"), "quantities"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("edsection").dispatchEvent(new Event("change"))`))
	if v := text("prefilled text", chromedp.Value(chromedp.CSS(`#edfields input[name="text"]`))); v != "2:04:44" {
		t.Errorf("the selection did not fill in the quantity's text: %q", v)
	}
	do("fill the quantity", chromedp.SetValue(chromedp.CSS(`#edfields select[name="kind"]`), "duration"),
		chromedp.SetValue(chromedp.CSS(`#edfields input[name="normalized.value"]`), "7484"),
		chromedp.SetValue(chromedp.CSS(`#edfields input[name="normalized.unit"]`), "s"),
		chromedp.Click(chromedp.ID("edsave")))
	waitFor(t, ctx, `document.getElementById("status").textContent.includes("Fact added")`)
	saved = readGold(t, filepath.Join(dir, "keitany.gold.json"))
	found = false
	for _, q := range saved.Quantities {
		if q.Text == "2:04:44" && q.Kind == "duration" && q.Normalized != nil && q.Normalized.Value != nil && *q.Normalized.Value == 7484 {
			found = true
		}
	}
	if !found {
		t.Errorf("added quantity not saved: %+v", saved.Quantities)
	}
}

// waitFor evaluates cond until it is true, through the page reloads a
// correction causes, for up to ten seconds.
func waitFor(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var last string
	for time.Now().Before(deadline) {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => { try { return !!(`+cond+`); } catch (e) { return false; } })()`))
		if err == nil && ok {
			return
		}
		if err != nil {
			last = err.Error()
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("the page never showed %s (%s)", cond, last)
}

func readGold(t *testing.T, path string) *schema.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if probs := schema.Validate(data); len(probs) > 0 {
		t.Fatalf("saved annotation is not valid: %v", probs)
	}
	var r schema.Record
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

func hasPerson(r *schema.Record, name string) bool {
	for _, p := range r.People {
		if p.Name == name {
			return true
		}
	}
	return false
}

// TestScreenshot writes the README's picture of the document page when
// -screenshot is given: go test ./review -run TestScreenshot -screenshot ../docs/review-page.png
func TestScreenshot(t *testing.T) {
	if *screenshot == "" {
		t.Skip("no -screenshot path given")
	}
	out, err := filepath.Abs(*screenshot)
	if err != nil {
		t.Fatal(err)
	}
	// From the repository root, so the page names testdata/ as a user's would.
	t.Chdir("..")
	ctx := browser(t, 1440, 1050)
	src, err := OpenDir("testdata", extract.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	srv, err := New(src, Options{AllowEdit: true})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/docs/bristol-harbourside-half"),
		chromedp.WaitVisible(chromedp.ID("article")),
		// Show what a click gives: an amount's normalised value and facts.
		chromedp.Click(chromedp.CSS("#article .k-money")),
	)
	if err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
