// Command go_escape_annotations checks (or writes) the `// ERROR "regexp"` annotations of the programs under
// test_data/escape against Go's own escape analysis: `go tool compile -m -l` (Go 1.19 on this machine). Run it
// through scripts/go-escape-annotations.
//
// Usage: go run go_escape_annotations.go [-write] FILE|DIR...
//
// For each .go file (directories are walked; .vo files are skipped: Go cannot compile them), it compiles the file
// alone with `-m -l` and matches Go's messages against the annotations with test/run.go's errorCheck rules: every
// regexp of a line must match one of Go's messages on that line, and every message on a line must be matched by
// one of its regexps. A line right under a comment block holding `// vo:` is hand-annotated (vo differs from Go
// 1.19 on purpose there, and the comment says why): it is left out of the comparison. A file whose first line
// starts with `// vo: whole file hand-annotated` (it uses what Go 1.19 cannot compile) is skipped. Mismatches are printed as
// `FILE:LINE: ...` and make the exit status 1.
//
// With -write, each file's annotations are rewritten instead: Go's messages on a line become
// `// ERROR "message$"` with regexp metacharacters escaped and a double quote written as `.` (run.go's regexps end
// at the first double quote), and the file is gofmt'ed; hand-annotated lines are kept as they are.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	messageRx = regexp.MustCompile(`^(.*?):(\d+):(\d+): (.*)$`)
	errorRx   = regexp.MustCompile(`// (?:GC_)?ERROR (.*)`)
	quotedRx  = regexp.MustCompile(`"([^"]*)"`)
	commentRx = regexp.MustCompile(`\s*// ERROR .*$`)
)

// goMessages compiles path with -m -l and returns Go's messages per line, in order, without repeats per line.
func goMessages(path string) (map[int][]string, error) {
	tmp, err := os.MkdirTemp("", "go-escape-annotations")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("go", "tool", "compile", "-m", "-l", "-o", filepath.Join(tmp, "x.o"), path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("go tool compile %s: %v\n%s", path, err, out)
	}
	msgs := map[int][]string{}
	for _, line := range strings.Split(string(out), "\n") {
		m := messageRx.FindStringSubmatch(line)
		if m == nil {
			if strings.TrimSpace(line) != "" {
				return nil, fmt.Errorf("%s: unexpected output line %q", path, line)
			}
			continue
		}
		n, _ := strconv.Atoi(m[2])
		dup := false
		for _, x := range msgs[n] {
			dup = dup || x == m[4]
		}
		if !dup {
			msgs[n] = append(msgs[n], m[4])
		}
	}
	return msgs, nil
}

// handAnnotated returns the 1-based lines that sit right under a comment block holding `// vo:`.
func handAnnotated(lines []string) map[int]bool {
	hand := map[int]bool{}
	blockVo := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "//") {
			blockVo = blockVo || strings.HasPrefix(t, "// vo:")
			continue
		}
		if blockVo {
			hand[i+1] = true
		}
		blockVo = false
	}
	return hand
}

// quoteMessage turns one of Go's messages into an anchored regexp, escaping only what Go's own escape tests
// escape (so `&T{...}` and `... argument` stay readable: `.` and unrepeated braces match themselves).
func quoteMessage(msg string) string {
	var b strings.Builder
	for _, c := range msg {
		switch c {
		case '\\', '(', ')', '[', ']', '*', '+', '?', '|', '^', '$':
			b.WriteByte('\\')
			b.WriteRune(c)
		case '"':
			b.WriteByte('.')
		default:
			b.WriteRune(c)
		}
	}
	return b.String() + "$"
}

func check(path string, lines []string, msgs map[int][]string, hand map[int]bool) int {
	bad := 0
	want := map[int][]string{}
	for i, l := range lines {
		if strings.Contains(l, "////") {
			continue
		}
		if m := errorRx.FindStringSubmatch(l); m != nil {
			for _, q := range quotedRx.FindAllStringSubmatch(m[1], -1) {
				want[i+1] = append(want[i+1], q[1])
			}
		}
	}
	var all []int
	seen := map[int]bool{}
	for n := range want {
		all, seen[n] = append(all, n), true
	}
	for n := range msgs {
		if !seen[n] {
			all = append(all, n)
		}
	}
	sort.Ints(all)
	for _, n := range all {
		if hand[n] {
			continue
		}
		left := msgs[n]
		var problems []string
		for _, rx := range want[n] {
			re, err := regexp.Compile(rx)
			if err != nil {
				problems = append(problems, fmt.Sprintf("invalid regexp %q: %v", rx, err))
				continue
			}
			var rest []string
			hit := false
			for _, m := range left {
				if re.MatchString(m) {
					hit = true
				} else {
					rest = append(rest, m)
				}
			}
			if !hit {
				problems = append(problems, fmt.Sprintf("Go reports no message matching %q", rx))
			}
			left = rest
		}
		for _, m := range left {
			problems = append(problems, fmt.Sprintf("Go reports %q, not annotated", m))
		}
		for _, p := range problems {
			fmt.Printf("%s:%d: %s\n", path, n, p)
			bad++
		}
	}
	return bad
}

func write(path string, lines []string, msgs map[int][]string, hand map[int]bool) error {
	out := make([]string, len(lines))
	for i, l := range lines {
		n := i + 1
		if hand[n] {
			out[i] = l
			continue
		}
		l = commentRx.ReplaceAllString(l, "")
		if ms := msgs[n]; len(ms) > 0 {
			var qs []string
			for _, m := range ms {
				qs = append(qs, `"`+quoteMessage(m)+`"`)
			}
			l += " // ERROR " + strings.Join(qs, " ")
		}
		out[i] = l
	}
	if err := os.WriteFile(path, []byte(strings.Join(out, "\n")), 0o644); err != nil {
		return err
	}
	if out, err := exec.Command("gofmt", "-w", path).CombinedOutput(); err != nil {
		return fmt.Errorf("gofmt %s: %v\n%s", path, err, out)
	}
	return nil
}

func main() {
	doWrite := flag.Bool("write", false, "rewrite the annotations to Go's output (hand-annotated lines are kept)")
	flag.Parse()
	var files []string
	for _, arg := range flag.Args() {
		err := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	sort.Strings(files)
	bad, skipped := 0, 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		lines := strings.Split(string(data), "\n")
		if strings.HasPrefix(lines[0], "// vo: whole file hand-annotated") {
			skipped++
			continue
		}
		msgs, err := goMessages(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		hand := handAnnotated(lines)
		if *doWrite {
			if err := write(path, lines, msgs, hand); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
			continue
		}
		bad += check(path, lines, msgs, hand)
	}
	if !*doWrite {
		fmt.Printf("go-escape-annotations: %d file(s), %d mismatch(es) with go tool compile -m -l, %d file(s) hand-annotated "+
			"as a whole (skipped)\n", len(files)-skipped, bad, skipped)
	}
	if bad > 0 {
		os.Exit(1)
	}
}
