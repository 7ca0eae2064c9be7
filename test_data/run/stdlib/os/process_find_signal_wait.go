package main

import (
	"errors"
	"fmt"
	"os"
)

type mySignal struct{}

func (mySignal) String() string { return "mine" }
func (mySignal) Signal()        {}

func main() {
	fmt.Println(os.Interrupt, os.Kill)
	fmt.Printf("%v %s %d\n", os.Interrupt, os.Kill, os.Kill)

	self, err := os.FindProcess(os.Getpid())
	fmt.Println("FindProcess self:", self.Pid == os.Getpid(), err)
	fmt.Println("Signal unsupported type:", self.Signal(mySignal{}))
	_, err = self.Wait()
	fmt.Println("Wait on self:", err)

	// A pid above Linux's pid_max: no such process.
	gone, _ := os.FindProcess(1 << 30)
	err = gone.Signal(os.Interrupt)
	fmt.Println("Signal missing:", err, errors.Is(err, os.ErrProcessDone))
	fmt.Println("Kill missing:", gone.Kill())
	_, err = gone.Wait()
	fmt.Println("Wait missing:", err)

	zero, _ := os.FindProcess(0)
	fmt.Println("Signal pid 0:", zero.Signal(os.Kill))

	fmt.Println("Release:", self.Release(), self.Pid)
	fmt.Println("Signal released:", self.Signal(os.Interrupt))
	_, err = self.Wait()
	fmt.Println("Wait released:", err)

	var ps *os.ProcessState
	fmt.Println("nil ProcessState:", ps.String(), ps.ExitCode())
	ps = &os.ProcessState{}
	fmt.Println("zero ProcessState:", ps.String(), ps.Exited(), ps.Success(), ps.ExitCode(), ps.Pid())
}
