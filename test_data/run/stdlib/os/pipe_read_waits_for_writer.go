package main

import (
	"fmt"
	"os"
	"time"
)

// A Read of an empty pipe waits for a writer goroutine (here one that sleeps first); a Write larger than the pipe
// buffer waits for the reader.
func main() {
	r, w, _ := os.Pipe()
	go func() {
		time.Sleep(50 * time.Millisecond)
		w.Write([]byte("late"))
	}()
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(string(buf[:n]), err)
	big := make([]byte, 1<<20)
	go func() {
		n, err := w.Write(big)
		fmt.Println("wrote", n, err)
		w.Close()
	}()
	total := 0
	for {
		n, err := r.Read(big[:4096])
		total += n
		if err != nil {
			break
		}
	}
	fmt.Println(total)
}
