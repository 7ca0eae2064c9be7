package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("deferred in goroutine, recover:", recover()); done <- true }()
		func() {
			defer fmt.Println("inner defer")
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	<-done
	go func() { time.Sleep(10 * time.Millisecond); fmt.Println("other goroutine ends") }()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
