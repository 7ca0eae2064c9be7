package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
)

type countWriter struct{ n, calls int }

func (w *countWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.calls++
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 2, errors.New("disk full") }

func main() {
	var buf bytes.Buffer
	n, err := fmt.Fprintf(&buf, "%d-%s|", 42, "x")
	fmt.Println(n, err, buf.String())
	n, err = fmt.Fprint(&buf, 1, 2, "a", "b", 3.5, nil)
	fmt.Println(n, err, buf.String())
	n, err = fmt.Fprintln(&buf, "end", 7)
	fmt.Printf("%d %v %q\n", n, err, buf.String())
	var sb strings.Builder
	fmt.Fprintf(&sb, "%05d", 12)
	fmt.Fprint(&sb, []int{1, 2})
	fmt.Println(sb.String(), sb.Len())
	cw := &countWriter{}
	fmt.Fprintf(cw, "%s %s", "hello", "world")
	fmt.Fprintln(cw, "x")
	fmt.Println(cw.n, cw.calls)
	n, err = fmt.Fprintf(failWriter{}, "abcdef")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(failWriter{}, "abc")
	fmt.Println(n, err)
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %v\n", true)
	w.Flush()
	n, err = fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 2)
	n, err = fmt.Printf("%s\n", "printf result")
	fmt.Println(n, err)
	n, err = fmt.Print("print result\n")
	fmt.Println(n, err)
	n, err = fmt.Println("println", "result")
	fmt.Println(n, err)
	b := fmt.Appendf([]byte("pre:"), "%d", 5)
	b = fmt.Append(b, " a", 1, 2)
	b = fmt.Appendln(b, "z")
	fmt.Printf("%q\n", b)
}
