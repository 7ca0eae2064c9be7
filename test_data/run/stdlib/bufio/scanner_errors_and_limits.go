// Scanner errors: ErrTooLong with the default and a Buffer-set maximum, a reader's error, ErrNegativeAdvance,
// ErrAdvanceTooFar, ErrBadReadCount, io.ErrNoProgress, a split function's own error, the panic after too many
// empty tokens, and the panics of Buffer and Split after Scan.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type errReader struct {
	data string
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

type badCountReader struct{}

func (badCountReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

type negativeReader struct{}

func (negativeReader) Read(p []byte) (int, error) { return -1, nil }

type zeroReader struct{ calls int }

func (z *zeroReader) Read(p []byte) (int, error) {
	z.calls++
	return 0, nil
}

func run(name string, sc *bufio.Scanner) {
	n := 0
	var last string
	for sc.Scan() {
		n++
		last = sc.Text()
		if len(last) > 12 {
			last = last[:12] + "..."
		}
	}
	fmt.Printf("%s: %d tokens, last %q, err=%v\n", name, n, last, sc.Err())
}

func catch(name string, f func()) {
	defer func() { fmt.Printf("%s: recovered %v\n", name, recover()) }()
	f()
}

func main() {
	long := strings.Repeat("x", bufio.MaxScanTokenSize)
	run("too-long-default", bufio.NewScanner(strings.NewReader("ok\n"+long+"\nafter\n")))
	fits := strings.Repeat("y", bufio.MaxScanTokenSize-1)
	run("fits-default", bufio.NewScanner(strings.NewReader(fits+"\nafter\n")))

	sc := bufio.NewScanner(strings.NewReader("12345678\n123456789\n1234567890\n"))
	sc.Buffer(make([]byte, 4), 10)
	run("buffer-max-10", sc)
	sc = bufio.NewScanner(strings.NewReader("aaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb c"))
	sc.Buffer(make([]byte, 0, 64), 8) // the maximum is the larger of max and cap(buf)
	sc.Split(bufio.ScanWords)
	run("buffer-cap-64", sc)

	boom := errors.New("boom")
	run("reader-error", bufio.NewScanner(&errReader{"a\nb\npartial", boom}))
	run("reader-eof-partial", bufio.NewScanner(&errReader{"a\nlast", io.EOF}))

	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	run("negative-advance", sc)
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, data, nil })
	run("advance-too-far", sc)
	run("bad-read-count", bufio.NewScanner(badCountReader{}))
	run("negative-read-count", bufio.NewScanner(negativeReader{}))
	z := &zeroReader{}
	run("no-progress", bufio.NewScanner(z))
	fmt.Println("reads:", z.calls)

	myErr := errors.New("split says no")
	sc = bufio.NewScanner(strings.NewReader("one\ntwo\nthree\n"))
	count := 0
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		count++
		if count == 3 {
			return 0, nil, myErr
		}
		return bufio.ScanLines(data, atEOF)
	})
	run("split-error", sc)
	fmt.Println("is myErr:", sc.Err() == myErr)

	catch("empty-tokens", func() {
		sc := bufio.NewScanner(strings.NewReader(""))
		sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		n := 0
		for sc.Scan() {
			n++
		}
		fmt.Println("never", n)
	})
	catch("buffer-after-scan", func() {
		sc := bufio.NewScanner(strings.NewReader("x"))
		sc.Scan()
		sc.Buffer(nil, 10)
	})
	catch("split-after-scan", func() {
		sc := bufio.NewScanner(strings.NewReader("x"))
		sc.Scan()
		sc.Split(bufio.ScanWords)
	})
	fmt.Println(bufio.ErrTooLong, "|", bufio.ErrNegativeAdvance, "|", bufio.ErrAdvanceTooFar, "|", bufio.ErrBadReadCount, "|", bufio.ErrFinalToken)
}
