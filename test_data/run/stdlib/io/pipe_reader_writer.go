package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

func main() {
	// A writer goroutine feeding a reader through a pipe; reads see each write in order.
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			n, err := fmt.Fprintf(w, "chunk %d;", i)
			if err != nil || n != 8 {
				panic("short write")
			}
		}
		w.Close()
	}()
	buf := make([]byte, 4)
	var got strings.Builder
	for {
		n, err := r.Read(buf)
		got.Write(buf[:n])
		if err != nil {
			fmt.Println("read ended:", err, err == io.EOF)
			break
		}
	}
	fmt.Printf("got %q\n", got.String())
	n, err := r.Read(buf)
	fmt.Println("read after EOF:", n, err)

	// Writing after the writer closed fails with ErrClosedPipe.
	n, err = w.Write([]byte("x"))
	fmt.Println("write after close:", n, err, err == io.ErrClosedPipe)

	// CloseWithError on the writer: the reader sees that error; a nil error means EOF.
	r2, w2 := io.Pipe()
	myErr := errors.New("producer failed")
	go func() {
		w2.Write([]byte("partial"))
		w2.CloseWithError(myErr)
	}()
	data, err := io.ReadAll(r2)
	fmt.Printf("ReadAll: %q %v %v\n", data, err, err == myErr)

	r3, w3 := io.Pipe()
	go w3.CloseWithError(nil)
	data, err = io.ReadAll(r3)
	fmt.Printf("CloseWithError(nil): %q %v\n", data, err)

	// Closing the reader makes writes fail: with ErrClosedPipe, or the reader's error.
	r4, w4 := io.Pipe()
	r4.Close()
	n, err = w4.Write([]byte("lost"))
	fmt.Println("write to closed reader:", n, err)
	n, err = r4.Read(buf)
	fmt.Println("read from closed reader:", n, err)

	r5, w5 := io.Pipe()
	r5.CloseWithError(errors.New("consumer gone"))
	n, err = w5.Write([]byte("lost"))
	fmt.Println("write after reader error:", n, err)
	// The first close error sticks.
	r5.CloseWithError(errors.New("second"))
	n, err = w5.Write(nil)
	fmt.Println("second close ignored:", n, err)

	// A reader that stops mid-write: the writer learns how much was consumed.
	r6, w6 := io.Pipe()
	done := make(chan string)
	go func() {
		n, err := w6.Write([]byte("0123456789"))
		done <- fmt.Sprint("writer: ", n, " ", err)
	}()
	small := make([]byte, 3)
	n, _ = r6.Read(small)
	fmt.Printf("reader took %q\n", small[:n])
	r6.Close()
	fmt.Println(<-done)

	// io.Copy from a pipe to a builder, with a zero-length write in between (it does not end the stream).
	r7, w7 := io.Pipe()
	go func() {
		w7.Write([]byte("alpha "))
		w7.Write(nil)
		io.WriteString(w7, "beta")
		w7.Close()
	}()
	var sb strings.Builder
	c, err := io.Copy(&sb, r7)
	fmt.Printf("Copy: %d %v %q\n", c, err, sb.String())
	fmt.Println(io.ErrClosedPipe)
}
