// LANGUAGE.md's dialect table: a .go program ends when main.main returns, as Go's do, even while other goroutines
// are blocked or asleep (compare dialect_vo_program_waits_for_goroutines.vo).
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	started := make(chan bool)
	go func() {
		started <- true
		<-never
		fmt.Println("not printed: nobody sends")
	}()
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("not printed: main returns first")
	}()
	<-started
	fmt.Println("main returns")
}
