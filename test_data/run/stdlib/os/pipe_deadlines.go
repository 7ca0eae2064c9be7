package main

import (
	"errors"
	"fmt"
	"os"
	"time"
)

func main() {
	r, w, _ := os.Pipe()
	buf := make([]byte, 16)

	// A read deadline on an empty pipe expires.
	fmt.Println("SetReadDeadline:", r.SetReadDeadline(time.Now().Add(20*time.Millisecond)))
	n, err := r.Read(buf)
	fmt.Println("Read:", n, err, os.IsTimeout(err), errors.Is(err, os.ErrDeadlineExceeded))

	// A deadline in the past fails at once, even with data waiting; clearing it reads the data.
	w.Write([]byte("data"))
	r.SetReadDeadline(time.Now().Add(-time.Second))
	n, err = r.Read(buf)
	fmt.Println("past deadline:", n, err)
	r.SetReadDeadline(time.Time{})
	n, err = r.Read(buf)
	fmt.Printf("cleared: %d %v %q\n", n, err, buf[:n])

	// A writer goroutine beats a generous deadline.
	r.SetDeadline(time.Now().Add(5 * time.Second))
	go func() {
		time.Sleep(10 * time.Millisecond)
		w.Write([]byte("in time"))
	}()
	n, err = r.Read(buf)
	fmt.Printf("in time: %q %v\n", buf[:n], err)

	// A write deadline on a full pipe: part of the data is written, then the deadline error.
	w.SetWriteDeadline(time.Now().Add(20 * time.Millisecond))
	big := make([]byte, 1<<22)
	n, err = w.Write(big)
	fmt.Println("Write:", n > 0 && n < len(big), err, os.IsTimeout(err))
	_, err = w.Write([]byte("x"))
	fmt.Println("Write after deadline:", err)

	// Files that cannot wait do not support deadlines; closed pipes report it.
	f, _ := os.Create("plain.txt")
	fmt.Println("regular file:", f.SetDeadline(time.Now()), f.SetReadDeadline(time.Now()), f.SetWriteDeadline(time.Now()))
	f.Close()
	fmt.Println("closed regular file:", f.SetDeadline(time.Now()))
	os.Remove("plain.txt")
	r.Close()
	fmt.Println("closed pipe:", r.SetDeadline(time.Now()))
	var nilFile *os.File
	fmt.Println("nil file:", nilFile.SetDeadline(time.Now()))
	w.Close()
}
