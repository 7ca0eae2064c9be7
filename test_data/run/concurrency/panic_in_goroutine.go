package main

import (
	"fmt"
	"time"
)

func boom(n int) {
	if n == 0 {
		panic(fmt.Sprintf("boom in goroutine"))
	}
	boom(n - 1)
}

func main() {
	fmt.Println("start")
	go boom(2)
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
