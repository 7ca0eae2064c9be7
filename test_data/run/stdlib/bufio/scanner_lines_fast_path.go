// Scanner with the default ScanLines: CR LF, empty lines, a last line without a newline, lines longer than the
// initial buffer, a reader that returns a few bytes at a time, and Bytes() sharing the buffer.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns at most n bytes per Read.
type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(p) {
		k = len(p)
	}
	if k > len(r.s) {
		k = len(r.s)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func scanAll(name string, r io.Reader) {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		b := sc.Bytes()
		t := sc.Text()
		if len(t) > 20 {
			t = t[:10] + "..." + t[len(t)-5:]
		}
		fmt.Printf("%s %d: len=%d %q nil=%v\n", name, n, len(b), t, b == nil)
		n++
	}
	fmt.Printf("%s: %d tokens, err=%v, again=%v\n", name, n, sc.Err(), sc.Scan())
}

func main() {
	scanAll("empty", strings.NewReader(""))
	scanAll("newline", strings.NewReader("\n"))
	scanAll("crlf", strings.NewReader("a\r\nb\r\n\r\nc"))
	scanAll("lone-cr", strings.NewReader("x\r"))
	scanAll("cr-mid", strings.NewReader("x\ry\n\r"))
	scanAll("no-final-newline", strings.NewReader("one\ntwo\nthree"))
	scanAll("blank-lines", strings.NewReader("\n\n\nz\n"))
	scanAll("chunks", &chunkReader{"alpha\nbeta\r\ngamma\n\ndelta", 3})
	scanAll("one-byte", &chunkReader{"12\n-3\n\r\n", 1})
	long := strings.Repeat("0123456789", 1000) // 10,000 bytes: the buffer grows from 4096
	scanAll("long", strings.NewReader("short\n"+long+"\n"+long+"x\nend"))
	scanAll("long-chunks", &chunkReader{long + "\n" + long, 777})

	// Bytes shares the buffer: the token's bytes are overwritten by later scans, Text copies.
	sc := bufio.NewScanner(strings.NewReader("first\nsecond\n"))
	sc.Scan()
	b := sc.Bytes()
	t := sc.Text()
	fmt.Println(string(b), t, len(b), cap(b) >= len(b))
	sc.Scan()
	fmt.Println(t, sc.Text())

	// A sum over many lines, as the benchmark bench/scan does.
	var sb strings.Builder
	for i := -500; i <= 1000; i++ {
		fmt.Fprintf(&sb, "%d\n", i*37)
	}
	sc = bufio.NewScanner(&chunkReader{sb.String(), 100})
	sum, lines := 0, 0
	for sc.Scan() {
		var v int
		fmt.Sscan(sc.Text(), &v)
		sum += v
		lines++
	}
	fmt.Println("sum", sum, "lines", lines)
}
