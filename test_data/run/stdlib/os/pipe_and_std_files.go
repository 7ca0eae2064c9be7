package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	r, w, err := os.Pipe()
	fmt.Println("Pipe:", err, r.Name(), w.Name())
	n, err := w.Write([]byte("through the pipe\n"))
	fmt.Println("Write:", n, err)
	buf := make([]byte, 64)
	n, err = r.Read(buf)
	fmt.Printf("Read: %q %v\n", buf[:n], err)

	// A producer goroutine writing more than a pipe buffer holds, a consumer reading it all.
	go func() {
		bw := bufio.NewWriter(w)
		for i := 0; i < 20000; i++ {
			fmt.Fprintf(bw, "line %d\n", i)
		}
		bw.Flush()
		w.Close()
	}()
	sc := bufio.NewScanner(r)
	lines, last := 0, ""
	for sc.Scan() {
		lines++
		last = sc.Text()
	}
	fmt.Println("lines:", lines, last, sc.Err())
	n, err = r.Read(buf)
	fmt.Println("Read after writer closed:", n, err, err == io.EOF)
	r.Close()

	// Writing to a pipe whose reader is closed fails with EPIPE.
	r2, w2, _ := os.Pipe()
	r2.Close()
	_, err = w2.Write([]byte("x"))
	fmt.Println("Write to closed reader:", err)
	w2.Close()

	// The standard files.
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	fmt.Fprintln(os.Stdout, "to stdout")
	os.Stdout.WriteString("WriteString to stdout\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Println(os.Stdout.Sync() == nil)
	fmt.Println(os.DevNull, string(os.PathSeparator), string(os.PathListSeparator), os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC)
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.ModePerm, os.ModeDir|0755, os.ModeSymlink|0777)
}
